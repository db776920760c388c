package io.booking.payment.domain;

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
 * A refund the platform decided on, written in the transaction that decided it and sent to the
 * provider after commit (again, with backoff, until the provider takes it). Its key is unique: the
 * same decision twice is one refund.
 */
@Entity
@Table(name = "payment_refund")
@NamedQuery(
    name = "PaymentRefund.byProviderId",
    query = "SELECT r FROM PaymentRefund r WHERE r.providerRefundId = :providerRefundId")
@NamedQuery(
    name = "PaymentRefund.byPayment",
    query = "SELECT r FROM PaymentRefund r WHERE r.paymentId = :paymentId ORDER BY r.id")
@NamedQuery(
    name = "PaymentRefund.byKey",
    query = "SELECT r FROM PaymentRefund r WHERE r.refundKey = :refundKey")
@NamedQuery(
    name = "PaymentRefund.dueIds",
    query =
        "SELECT r.id FROM PaymentRefund r WHERE (r.status = io.booking.payment.domain.RefundStatus"
            + ".REQUESTED AND (r.nextAttemptAt IS NULL OR r.nextAttemptAt <= :now)) OR (r.status ="
            + " io.booking.payment.domain.RefundStatus.SENDING AND r.nextAttemptAt <= :now)"
            + " ORDER BY r.id")
public class PaymentRefund {

  /** A claim older than this is taken to have died with its sender and is sent again. */
  @Id
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "payment_refund_id")
  private Long id;

  @Column(name = "payment_id", nullable = false, updatable = false)
  private long paymentId;

  @Column(name = "amount_minor", nullable = false, updatable = false)
  private long amountMinor;

  @Enumerated(EnumType.STRING)
  @Column(name = "reason", nullable = false, updatable = false, length = 32)
  private RefundReason reason;

  @Column(name = "refund_key", nullable = false, updatable = false, length = 100)
  private String refundKey;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 16)
  private RefundStatus status;

  @Column(name = "provider_refund_id", length = 100)
  private String providerRefundId;

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

  protected PaymentRefund() {}

  public PaymentRefund(long paymentId, long amountMinor, RefundReason reason, Instant now) {
    if (amountMinor <= 0) {
      throw new IllegalArgumentException("a refund needs an amount above 0");
    }
    this.paymentId = paymentId;
    this.amountMinor = amountMinor;
    this.reason = reason;
    this.refundKey = "refund:" + paymentId + ":" + reason.name();
    this.status = RefundStatus.REQUESTED;
    this.createdAt = now;
  }

  /** This sender takes the refund; false when another has it or it is not due. */
  public boolean claim(Instant now) {
    boolean due =
        (status == RefundStatus.REQUESTED || status == RefundStatus.SENDING)
            && ProviderRetry.due(nextAttemptAt, now);
    if (!due) {
      return false;
    }
    status = RefundStatus.SENDING;
    attempts++;
    nextAttemptAt = ProviderRetry.claimedUntil(now);
    return true;
  }

  /**
   * The provider took it. Its outcome may have been notified already (a fast provider answers
   * before the sender records this): the refund never moves back from SUCCEEDED or FAILED.
   */
  public void sent(String providerRefundId) {
    this.providerRefundId = providerRefundId;
    if (status.inFlight()) {
      this.status = RefundStatus.SENT;
    }
    this.nextAttemptAt = null;
  }

  /** The provider could not be reached: again later, waiting twice as long each time. */
  public void retryLater(Instant now) {
    if (!status.inFlight()) {
      return;
    }
    status = RefundStatus.REQUESTED;
    nextAttemptAt = ProviderRetry.retryAt(attempts, now);
  }

  /** The provider refunded it; false when this was known already. */
  public boolean succeed(Instant now) {
    if (status == RefundStatus.SUCCEEDED || status == RefundStatus.FAILED) {
      return false;
    }
    status = RefundStatus.SUCCEEDED;
    completedAt = now;
    return true;
  }

  public boolean fail(Instant now) {
    if (status == RefundStatus.SUCCEEDED || status == RefundStatus.FAILED) {
      return false;
    }
    status = RefundStatus.FAILED;
    completedAt = now;
    return true;
  }

  public Long id() {
    return id;
  }

  public long paymentId() {
    return paymentId;
  }

  public long amountMinor() {
    return amountMinor;
  }

  public RefundReason reason() {
    return reason;
  }

  public String refundKey() {
    return refundKey;
  }

  public RefundStatus status() {
    return status;
  }

  /** The provider's id of the refund, once it took it. */
  public String providerRefundId() {
    return providerRefundId;
  }

  public int attempts() {
    return attempts;
  }

  /** When the provider confirmed (or refused) it; null while it is on its way. */
  public Instant completedAt() {
    return completedAt;
  }
}
