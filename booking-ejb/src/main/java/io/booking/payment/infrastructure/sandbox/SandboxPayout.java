package io.booking.payment.infrastructure.sandbox;

import io.booking.shared.domain.Money;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A payout to a merchant: PENDING when sent, PAID a moment later, or FAILED when its destination is
 * marked closed.
 */
@Entity
@Table(name = "sandbox_payout")
@NamedQuery(
    name = "SandboxPayout.findByKey",
    query = "SELECT p FROM SandboxPayout p WHERE p.payoutKey = :key")
@NamedQuery(
    name = "SandboxPayout.findDue",
    query =
        "SELECT p.id FROM SandboxPayout p WHERE p.status = :status AND p.completesAt <= :now"
            + " ORDER BY p.completesAt")
@NamedQuery(
    name = "SandboxPayout.findPaidBetween",
    query =
        "SELECT p FROM SandboxPayout p WHERE p.status = :status"
            + " AND p.completedAt >= :from AND p.completedAt < :to")
public class SandboxPayout {

  enum Status {
    PENDING,
    PAID,
    FAILED
  }

  @Id
  @Column(name = "id", length = 40)
  private String id;

  @Column(name = "merchant_reference", nullable = false, length = 100)
  private String merchantReference;

  @Column(name = "payout_key", nullable = false, length = 100)
  private String payoutKey;

  @Embedded
  @AttributeOverride(name = "minorUnits", column = @Column(name = "amount_minor"))
  private Money amount;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 16)
  private Status status;

  @Column(name = "notification_url", length = 2000)
  private String notificationUrl;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "completes_at", nullable = false)
  private Instant completesAt;

  @Column(name = "completed_at")
  private Instant completedAt;

  @Version
  @Column(name = "version")
  private long version;

  protected SandboxPayout() {}

  SandboxPayout(
      String merchantReference,
      String payoutKey,
      Money amount,
      String notificationUrl,
      Instant now,
      Instant completesAt) {
    this.id = SandboxIds.next(SandboxIds.PAYOUT);
    this.merchantReference = merchantReference;
    this.payoutKey = payoutKey;
    this.amount = amount;
    this.status = Status.PENDING;
    this.notificationUrl = notificationUrl;
    this.createdAt = now;
    this.completesAt = completesAt;
  }

  /** Pays a pending payout; false when it was paid before. */
  boolean pay(Instant now) {
    if (status != Status.PENDING) {
      return false;
    }
    status = Status.PAID;
    completedAt = now;
    return true;
  }

  /** Fails a pending payout (its destination is closed); false when it was completed before. */
  boolean fail(Instant now) {
    if (status != Status.PENDING) {
      return false;
    }
    status = Status.FAILED;
    completedAt = now;
    return true;
  }

  String id() {
    return id;
  }

  String merchantReference() {
    return merchantReference;
  }

  String payoutKey() {
    return payoutKey;
  }

  Money amount() {
    return amount;
  }

  String notificationUrl() {
    return notificationUrl;
  }

  Instant completedAt() {
    return completedAt;
  }
}
