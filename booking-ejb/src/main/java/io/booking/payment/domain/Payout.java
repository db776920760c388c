package io.booking.payment.domain;

import io.booking.shared.domain.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A statement's net on its way to the merchant: written with the statement, sent to the provider
 * after commit and again with backoff until it takes it (as {@link PaymentRefund}), then PAID or
 * FAILED by the provider's notification. Its key is the provider's idempotency key.
 */
@Entity
@Table(name = "payout")
@NamedQuery(name = "Payout.byKey", query = "SELECT p FROM Payout p WHERE p.payoutKey = :key")
@NamedQuery(
    name = "Payout.byKeys",
    query = "SELECT p FROM Payout p WHERE p.payoutKey IN :keys ORDER BY p.id")
@NamedQuery(
    name = "Payout.paidBetween",
    query =
        "SELECT p FROM Payout p WHERE p.status = io.booking.payment.domain.PayoutStatus.PAID"
            + " AND p.completedAt >= :from AND p.completedAt < :to ORDER BY p.id")
@NamedQuery(
    name = "Payout.ofStatements",
    query = "SELECT p FROM Payout p WHERE p.statementId IN :statementIds")
@NamedQuery(
    name = "Payout.dueIds",
    query =
        "SELECT p.id FROM Payout p WHERE (p.status = io.booking.payment.domain.PayoutStatus"
            + ".REQUESTED AND (p.nextAttemptAt IS NULL OR p.nextAttemptAt <= :now)) OR (p.status ="
            + " io.booking.payment.domain.PayoutStatus.SENDING AND p.nextAttemptAt <= :now)"
            + " ORDER BY p.id")
public class Payout {

  @Id
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "payout_id")
  private Long id;

  @Column(name = "statement_id", nullable = false, updatable = false)
  private long statementId;

  @Column(name = "merchant_id", nullable = false, updatable = false)
  private long merchantId;

  @Column(name = "amount_minor", nullable = false, updatable = false)
  private long amountMinor;

  @Column(name = "currency", nullable = false, updatable = false, length = 3)
  private String currency;

  @Column(name = "provider", nullable = false, updatable = false, length = 32)
  private String provider;

  @Column(name = "destination", nullable = false, updatable = false, length = 100)
  private String destination;

  @Column(name = "payout_key", nullable = false, updatable = false, length = 100)
  private String payoutKey;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 16)
  private PayoutStatus status;

  @Column(name = "provider_payout_id", length = 100)
  private String providerPayoutId;

  @Column(name = "attempts", nullable = false)
  private int attempts;

  @Column(name = "next_attempt_at")
  private Instant nextAttemptAt;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "completed_at")
  private Instant completedAt;

  @Version
  @Column(name = "version")
  private long version;

  protected Payout() {}

  /** The payout of a statement's net; its key is {@code payout:<statement id>}. */
  public Payout(Statement statement, String provider, Instant now) {
    if (statement.netMinor() <= 0) {
      throw new IllegalArgumentException("a payout carries more than 0");
    }
    this.statementId = statement.id();
    this.merchantId = statement.merchantId();
    this.amountMinor = statement.netMinor();
    this.currency = statement.currency();
    this.provider = provider;
    this.destination = destinationOf(statement.merchantId());
    this.payoutKey = "payout:" + statement.id();
    this.status = PayoutStatus.REQUESTED;
    this.createdAt = now;
  }

  /**
   * How the platform names a merchant's payout destination to the provider: {@code merchant:<id>}.
   * Stable, opaque and free of personal data; an adapter maps it to the provider's own account.
   */
  public static String destinationOf(long merchantId) {
    return "merchant:" + merchantId;
  }

  /** This sender takes the payout; false when another has it or it is not due. */
  public boolean claim(Instant now) {
    boolean due =
        (status == PayoutStatus.REQUESTED || status == PayoutStatus.SENDING)
            && ProviderRetry.due(nextAttemptAt, now);
    if (!due) {
      return false;
    }
    status = PayoutStatus.SENDING;
    attempts++;
    nextAttemptAt = ProviderRetry.claimedUntil(now);
    return true;
  }

  /** The provider took it (unless its outcome is known already: a fast notification). */
  public void sent(String providerPayoutId) {
    this.providerPayoutId = providerPayoutId;
    if (status.inFlight()) {
      this.status = PayoutStatus.SENT;
    }
    this.nextAttemptAt = null;
  }

  /** The provider could not be reached: again later, waiting twice as long each time. */
  public void retryLater(Instant now) {
    if (!status.inFlight()) {
      return;
    }
    status = PayoutStatus.REQUESTED;
    nextAttemptAt = ProviderRetry.retryAt(attempts, now);
  }

  /** The provider paid it; false when its outcome was known already. */
  public boolean paid(Instant now) {
    return complete(PayoutStatus.PAID, now);
  }

  /** The provider could not pay it; false when its outcome was known already. */
  public boolean failed(Instant now) {
    return complete(PayoutStatus.FAILED, now);
  }

  private boolean complete(PayoutStatus outcome, Instant now) {
    if (!status.inFlight()) {
      return false;
    }
    status = outcome;
    completedAt = now;
    nextAttemptAt = null;
    return true;
  }

  public Long id() {
    return id;
  }

  public long statementId() {
    return statementId;
  }

  public long merchantId() {
    return merchantId;
  }

  public Money amount() {
    return Money.ofMinor(amountMinor, currency);
  }

  public String provider() {
    return provider;
  }

  public String destination() {
    return destination;
  }

  public String payoutKey() {
    return payoutKey;
  }

  public PayoutStatus status() {
    return status;
  }

  public String providerPayoutId() {
    return providerPayoutId;
  }

  public int attempts() {
    return attempts;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant completedAt() {
    return completedAt;
  }
}
