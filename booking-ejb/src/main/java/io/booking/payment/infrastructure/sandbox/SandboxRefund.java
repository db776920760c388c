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

/** A refund of a sandbox payment: PENDING when asked for, SUCCEEDED a moment later. */
@Entity
@Table(name = "sandbox_refund")
@NamedQuery(
    name = "SandboxRefund.findByKey",
    query = "SELECT r FROM SandboxRefund r WHERE r.refundKey = :key")
@NamedQuery(
    name = "SandboxRefund.findByPayment",
    query = "SELECT r FROM SandboxRefund r WHERE r.paymentId = :paymentId")
@NamedQuery(
    name = "SandboxRefund.findDue",
    query =
        "SELECT r.id FROM SandboxRefund r WHERE r.status = :status AND r.completesAt <= :now"
            + " ORDER BY r.completesAt")
@NamedQuery(
    name = "SandboxRefund.findSucceededBetween",
    query =
        "SELECT r FROM SandboxRefund r WHERE r.status = :status"
            + " AND r.completedAt >= :from AND r.completedAt < :to")
public class SandboxRefund {

  enum Status {
    PENDING,
    SUCCEEDED
  }

  @Id
  @Column(name = "id", length = 40)
  private String id;

  @Column(name = "payment_id", nullable = false, length = 40)
  private String paymentId;

  @Column(name = "refund_key", nullable = false, length = 100)
  private String refundKey;

  @Embedded
  @AttributeOverride(name = "minorUnits", column = @Column(name = "amount_minor"))
  private Money amount;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 16)
  private Status status;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "completes_at", nullable = false)
  private Instant completesAt;

  @Column(name = "completed_at")
  private Instant completedAt;

  @Version
  @Column(name = "version")
  private long version;

  protected SandboxRefund() {}

  SandboxRefund(
      String paymentId, String refundKey, Money amount, Instant now, Instant completesAt) {
    this.id = SandboxIds.next(SandboxIds.REFUND);
    this.paymentId = paymentId;
    this.refundKey = refundKey;
    this.amount = amount;
    this.status = Status.PENDING;
    this.createdAt = now;
    this.completesAt = completesAt;
  }

  /** Completes a pending refund; false when it completed before. */
  boolean complete(Instant now) {
    if (status != Status.PENDING) {
      return false;
    }
    status = Status.SUCCEEDED;
    completedAt = now;
    return true;
  }

  String id() {
    return id;
  }

  String paymentId() {
    return paymentId;
  }

  Money amount() {
    return amount;
  }

  Status status() {
    return status;
  }

  Instant completedAt() {
    return completedAt;
  }
}
