package io.booking.payment.infrastructure.sandbox;

import io.booking.payment.domain.PaymentProvider.ProviderPaymentStatus;
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
 * A payment as the sandbox keeps it. It leaves PENDING once: paid (SUCCEEDED), declined (FAILED) or
 * cancelled by the platform (CANCELLED).
 */
@Entity
@Table(name = "sandbox_payment")
@NamedQuery(
    name = "SandboxPayment.findByToken",
    query = "SELECT p FROM SandboxPayment p WHERE p.checkoutToken = :token")
@NamedQuery(
    name = "SandboxPayment.findByReference",
    query = "SELECT p FROM SandboxPayment p WHERE p.reference = :reference")
@NamedQuery(
    name = "SandboxPayment.findSucceededBetween",
    query =
        "SELECT p FROM SandboxPayment p WHERE p.status = :status"
            + " AND p.completedAt >= :from AND p.completedAt < :to")
public class SandboxPayment {

  @Id
  @Column(name = "id", length = 40)
  private String id;

  @Column(name = "reference", nullable = false, length = 100)
  private String reference;

  @Embedded
  @AttributeOverride(name = "minorUnits", column = @Column(name = "amount_minor"))
  private Money amount;

  @Column(name = "description", nullable = false, length = 200)
  private String description;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 16)
  private ProviderPaymentStatus status;

  @Column(name = "checkout_token", nullable = false, length = 64)
  private String checkoutToken;

  @Column(name = "return_url", nullable = false, length = 2000)
  private String returnUrl;

  @Column(name = "notification_url", nullable = false, length = 2000)
  private String notificationUrl;

  @Column(name = "card_last4", length = 4)
  private String cardLast4;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "completed_at")
  private Instant completedAt;

  @Version
  @Column(name = "version")
  private long version;

  protected SandboxPayment() {}

  SandboxPayment(
      String reference,
      Money amount,
      String description,
      String returnUrl,
      String notificationUrl,
      Instant now) {
    this.id = SandboxIds.next(SandboxIds.PAYMENT);
    this.reference = reference;
    this.amount = amount;
    this.description = description;
    this.status = ProviderPaymentStatus.PENDING;
    this.checkoutToken = SandboxIds.checkoutToken();
    this.returnUrl = returnUrl;
    this.notificationUrl = notificationUrl;
    this.createdAt = now;
  }

  /** Pays or declines with a test card; false when the payment is no longer pending. */
  boolean charge(TestCard card, Instant now) {
    if (status != ProviderPaymentStatus.PENDING) {
      return false;
    }
    status =
        card == TestCard.DECLINED ? ProviderPaymentStatus.FAILED : ProviderPaymentStatus.SUCCEEDED;
    cardLast4 = card.last4();
    completedAt = now;
    return true;
  }

  /** A pending payment is cancelled; false when it succeeded, which no cancel can undo. */
  boolean cancel(Instant now) {
    if (status == ProviderPaymentStatus.PENDING) {
      status = ProviderPaymentStatus.CANCELLED;
      completedAt = now;
    }
    return status != ProviderPaymentStatus.SUCCEEDED;
  }

  String id() {
    return id;
  }

  String reference() {
    return reference;
  }

  Money amount() {
    return amount;
  }

  String description() {
    return description;
  }

  ProviderPaymentStatus status() {
    return status;
  }

  String checkoutToken() {
    return checkoutToken;
  }

  String returnUrl() {
    return returnUrl;
  }

  String notificationUrl() {
    return notificationUrl;
  }

  Instant createdAt() {
    return createdAt;
  }

  Instant completedAt() {
    return completedAt;
  }
}
