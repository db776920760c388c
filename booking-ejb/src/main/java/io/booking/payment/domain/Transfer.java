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
import java.time.Instant;
import java.util.Objects;

/**
 * One amount from a debit account to a credit account of the same currency, about a subject, under
 * a unique key. Append-only: every column is written once by the INSERT and never updated, and
 * nothing deletes a transfer; a correction is a new transfer. A pending transfer is resolved by a
 * POST or a VOID that names it ({@link #post}, {@link #voided}); the database lets that happen
 * once.
 */
@Entity
@Table(name = "ledger_transfer")
@NamedQuery(
    name = "Transfer.findByKey",
    query = "SELECT t FROM Transfer t WHERE t.idempotencyKey = :key")
@NamedQuery(
    name = "Transfer.findResolutionOf",
    query = "SELECT t FROM Transfer t WHERE t.pendingId = :pendingId")
public class Transfer {

  /** Longest key a caller may give; a release's legs add a suffix of their own. */
  public static final int MAX_KEY_LENGTH = 100;

  @Id
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "ledger_transfer_id")
  private Long id;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false, updatable = false, length = 8)
  private TransferKind kind;

  @Column(name = "debit_account_id", nullable = false, updatable = false)
  private long debitAccountId;

  @Column(name = "credit_account_id", nullable = false, updatable = false)
  private long creditAccountId;

  @Column(name = "amount_minor", nullable = false, updatable = false)
  private long amountMinor;

  @Column(name = "currency", nullable = false, updatable = false, length = 3)
  private String currency;

  @Column(name = "subject_type", nullable = false, updatable = false, length = 16)
  private String subjectType;

  @Column(name = "subject_id", nullable = false, updatable = false)
  private long subjectId;

  @Column(name = "reason", nullable = false, updatable = false, length = 32)
  private String reason;

  @Column(name = "idempotency_key", nullable = false, updatable = false, length = 120)
  private String idempotencyKey;

  @Column(name = "pending_id", updatable = false)
  private Long pendingId;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  protected Transfer() {}

  private Transfer(
      TransferKind kind,
      LedgerAccount debit,
      LedgerAccount credit,
      long amountMinor,
      String currency,
      Subject subject,
      String reason,
      String key,
      Long pendingId,
      Instant now) {
    this(
        kind, debit.id(), credit.id(), amountMinor, currency, subject, reason, key, pendingId, now);
    if (!debit.currency().equals(currency) || !credit.currency().equals(currency)) {
      throw new IllegalArgumentException(
          "A transfer in "
              + currency
              + " moves between accounts in "
              + currency
              + ", not "
              + debit.currency()
              + " and "
              + credit.currency());
    }
  }

  private Transfer(
      TransferKind kind,
      long debitAccountId,
      long creditAccountId,
      long amountMinor,
      String currency,
      Subject subject,
      String reason,
      String key,
      Long pendingId,
      Instant now) {
    if (debitAccountId == creditAccountId) {
      throw new IllegalArgumentException("A transfer moves money between two accounts");
    }
    if (amountMinor <= 0) {
      throw new IllegalArgumentException("A transfer moves more than 0, not " + amountMinor);
    }
    if (key == null || key.isBlank()) {
      throw new IllegalArgumentException("A transfer has a key");
    }
    this.kind = kind;
    this.debitAccountId = debitAccountId;
    this.creditAccountId = creditAccountId;
    this.amountMinor = amountMinor;
    this.currency = currency;
    this.subjectType = subject.type();
    this.subjectId = subject.id();
    this.reason = reason;
    this.idempotencyKey = key;
    this.pendingId = pendingId;
    this.createdAt = now;
  }

  /** Money that counts as pending on both accounts until it is posted or voided. */
  public static Transfer pending(
      LedgerAccount debit,
      LedgerAccount credit,
      Money amount,
      Subject subject,
      String reason,
      String key,
      Instant now) {
    return new Transfer(
        TransferKind.PENDING,
        debit,
        credit,
        amount.minorUnits(),
        amount.currency(),
        subject,
        reason,
        key,
        null,
        now);
  }

  /** Money posted at once. */
  public static Transfer posted(
      LedgerAccount debit,
      LedgerAccount credit,
      Money amount,
      Subject subject,
      String reason,
      String key,
      Instant now) {
    return new Transfer(
        TransferKind.POSTED,
        debit,
        credit,
        amount.minorUnits(),
        amount.currency(),
        subject,
        reason,
        key,
        null,
        now);
  }

  /**
   * Posts {@code amountMinor} of this pending transfer on its accounts (the rest is released): a
   * new transfer, on the same accounts, about the same subject.
   */
  public Transfer post(long amountMinor, String reason, String key, Instant now) {
    requirePending();
    if (amountMinor <= 0 || amountMinor > this.amountMinor) {
      throw new IllegalArgumentException(
          "A post is more than 0 and at most the pending " + this.amountMinor);
    }
    return new Transfer(
        TransferKind.POST,
        debitAccountId,
        creditAccountId,
        amountMinor,
        currency,
        subject(),
        reason,
        key,
        id,
        now);
  }

  /** Releases the whole pending amount: a new transfer naming this one. */
  public Transfer voided(String reason, String key, Instant now) {
    requirePending();
    return new Transfer(
        TransferKind.VOID,
        debitAccountId,
        creditAccountId,
        amountMinor,
        currency,
        subject(),
        reason,
        key,
        id,
        now);
  }

  private void requirePending() {
    if (kind != TransferKind.PENDING || id == null) {
      throw new IllegalStateException("Only a stored pending transfer is posted or voided");
    }
  }

  public Long id() {
    return id;
  }

  public TransferKind kind() {
    return kind;
  }

  public long debitAccountId() {
    return debitAccountId;
  }

  public long creditAccountId() {
    return creditAccountId;
  }

  public long amountMinor() {
    return amountMinor;
  }

  public Money amount() {
    return Money.ofMinor(amountMinor, currency);
  }

  public String currency() {
    return currency;
  }

  public Subject subject() {
    return new Subject(subjectType, subjectId);
  }

  public String reason() {
    return reason;
  }

  public String idempotencyKey() {
    return idempotencyKey;
  }

  /** The pending transfer this one posts or voids, if it is a POST or a VOID. */
  public Long pendingId() {
    return pendingId;
  }

  public Instant createdAt() {
    return createdAt;
  }

  /** Whether this is the resolution of {@code pending} made by the given request. */
  public boolean resolves(long pending, TransferKind resolution, long amount) {
    return kind == resolution && Objects.equals(pendingId, pending) && amountMinor == amount;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Transfer t && idempotencyKey.equals(t.idempotencyKey);
  }

  @Override
  public int hashCode() {
    return idempotencyKey.hashCode();
  }
}
