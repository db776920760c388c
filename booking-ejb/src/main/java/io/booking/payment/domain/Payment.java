package io.booking.payment.domain;

import io.booking.catalog.domain.PaymentMode;
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
 * A booking's online payment: what it charges, where the customer pays, what the provider said, the
 * escrow it holds in the ledger and what has been refunded. The late-cancellation share is the
 * offering's at the time of booking: the terms the customer agreed to.
 */
@Entity
@Table(name = "payment")
@NamedQuery(
    name = "Payment.byReservation",
    query = "SELECT p FROM Payment p WHERE p.reservationId = :reservationId")
@NamedQuery(
    name = "Payment.byReservations",
    query = "SELECT p FROM Payment p WHERE p.reservationId IN :reservationIds")
public class Payment {

  @Id
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "payment_id")
  private Long id;

  @Column(name = "reservation_id", nullable = false, updatable = false)
  private long reservationId;

  @Column(name = "account_id", nullable = false, updatable = false)
  private long accountId;

  @Column(name = "merchant_id", nullable = false, updatable = false)
  private long merchantId;

  @Column(name = "provider", nullable = false, updatable = false, length = 32)
  private String provider;

  @Column(name = "provider_payment_id", length = 100)
  private String providerPaymentId;

  @Column(name = "checkout_url", length = 1000)
  private String checkoutUrl;

  @Column(name = "amount_minor", nullable = false, updatable = false)
  private long amountMinor;

  @Column(name = "currency", nullable = false, updatable = false, length = 3)
  private String currency;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 24)
  private PaymentStatus status;

  @Column(name = "refunded_minor", nullable = false)
  private long refundedMinor;

  @Column(name = "late_cancel_refund_percent", nullable = false, updatable = false)
  private int lateCancelRefundPercent;

  @Enumerated(EnumType.STRING)
  @Column(name = "payment_mode", nullable = false, updatable = false, length = 16)
  private PaymentMode mode;

  @Column(name = "held_transfer_id")
  private Long heldTransferId;

  @Column(name = "escrow_resolved_at")
  private Instant escrowResolvedAt;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "succeeded_at")
  private Instant succeededAt;

  @Version
  @Column(name = "version")
  private long version;

  protected Payment() {}

  private Payment(
      long reservationId,
      long accountId,
      long merchantId,
      String provider,
      Money amount,
      PaymentMode mode,
      int lateCancelRefundPercent,
      Instant now) {
    if (amount.minorUnits() <= 0) {
      throw new IllegalArgumentException("a payment needs an amount above 0");
    }
    if (mode == null || !mode.paysOnline()) {
      throw new IllegalArgumentException("a payment is a deposit or a prepayment, not " + mode);
    }
    this.mode = mode;
    this.reservationId = reservationId;
    this.accountId = accountId;
    this.merchantId = merchantId;
    this.provider = provider;
    this.amountMinor = amount.minorUnits();
    this.currency = amount.currency();
    this.lateCancelRefundPercent = lateCancelRefundPercent;
    this.status = PaymentStatus.PENDING;
    this.createdAt = now;
  }

  public static Payment open(
      long reservationId,
      long accountId,
      long merchantId,
      String provider,
      Money amount,
      PaymentMode mode,
      int lateCancelRefundPercent,
      Instant now) {
    return new Payment(
        reservationId, accountId, merchantId, provider, amount, mode, lateCancelRefundPercent, now);
  }

  /** The provider opened its checkout for this payment. */
  public void checkoutOpened(String providerPaymentId, String checkoutUrl) {
    this.providerPaymentId = providerPaymentId;
    this.checkoutUrl = checkoutUrl;
  }

  /**
   * The provider confirmed the money; false when this was known already. The escrow is recorded by
   * the caller in the same transaction ({@link #escrowHeldBy}).
   */
  public boolean succeed(Instant now) {
    if (!status.mayBecome(PaymentStatus.SUCCEEDED)) {
      return false;
    }
    status = PaymentStatus.SUCCEEDED;
    succeededAt = now;
    return true;
  }

  /** Whether this is a deposit or the whole price, as the offering said when it was booked. */
  public PaymentMode mode() {
    return mode;
  }

  public boolean fail() {
    return moveTo(PaymentStatus.FAILED);
  }

  /** The booking was let go before the customer paid. */
  public boolean cancel() {
    return moveTo(PaymentStatus.CANCELLED);
  }

  public void escrowHeldBy(long pendingTransferId) {
    this.heldTransferId = pendingTransferId;
  }

  /** Whether money of this payment sits in escrow, neither released nor voided yet. */
  public boolean holdsEscrow() {
    return heldTransferId != null && escrowResolvedAt == null;
  }

  /** The escrow was released, split or voided: it can be resolved only once. */
  public void escrowResolved(Instant now) {
    if (!holdsEscrow()) {
      throw new IllegalStateException("payment " + id + " holds no escrow");
    }
    escrowResolvedAt = now;
  }

  /** The provider refunded this much; the status says whether all of it has come back. */
  public void refunded(long minorUnits) {
    if (minorUnits <= 0 || refundedMinor + minorUnits > amountMinor) {
      throw new IllegalArgumentException(
          "refund of " + minorUnits + " exceeds what is left of payment " + id);
    }
    refundedMinor += minorUnits;
    moveTo(
        refundedMinor == amountMinor ? PaymentStatus.REFUNDED : PaymentStatus.PARTIALLY_REFUNDED);
  }

  private boolean moveTo(PaymentStatus next) {
    if (!status.mayBecome(next)) {
      return false;
    }
    status = next;
    return true;
  }

  public Long id() {
    return id;
  }

  public long reservationId() {
    return reservationId;
  }

  public long accountId() {
    return accountId;
  }

  public long merchantId() {
    return merchantId;
  }

  public String provider() {
    return provider;
  }

  public String providerPaymentId() {
    return providerPaymentId;
  }

  public String checkoutUrl() {
    return checkoutUrl;
  }

  public Money amount() {
    return Money.ofMinor(amountMinor, currency);
  }

  public Money refundedAmount() {
    return Money.ofMinor(refundedMinor, currency);
  }

  public PaymentStatus status() {
    return status;
  }

  /** When the provider confirmed the money; null before. */
  public Instant succeededAt() {
    return succeededAt;
  }

  public Long heldTransferId() {
    return heldTransferId;
  }

  public int lateCancelRefundPercent() {
    return lateCancelRefundPercent;
  }

  public boolean belongsTo(long accountId) {
    return this.accountId == accountId;
  }
}
