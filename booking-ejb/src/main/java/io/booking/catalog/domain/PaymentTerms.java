package io.booking.catalog.domain;

import io.booking.shared.domain.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * What a booking of an offering pays online, and what a late cancellation gets back
 * (docs/decisions/0023-money-model.md). A deposit is in the offering's currency, per booking or per
 * person; prepaid is the price per person times the party.
 */
@Embeddable
public class PaymentTerms {

  @Enumerated(EnumType.STRING)
  @Column(name = "payment_mode", nullable = false, length = 16)
  private PaymentMode mode = PaymentMode.AT_VENUE;

  @Column(name = "deposit_minor")
  private Long depositMinor;

  @Column(name = "deposit_per_person", nullable = false)
  private boolean depositPerPerson;

  @Column(name = "late_cancel_refund_percent", nullable = false)
  private int lateCancelRefundPercent;

  protected PaymentTerms() {}

  private PaymentTerms(
      PaymentMode mode, Long depositMinor, boolean depositPerPerson, int lateCancelRefundPercent) {
    if (lateCancelRefundPercent < 0 || lateCancelRefundPercent > 100) {
      throw new IllegalArgumentException("late cancellation refund must be 0 to 100 percent");
    }
    if (mode == PaymentMode.DEPOSIT && (depositMinor == null || depositMinor <= 0)) {
      throw new IllegalArgumentException("a deposit must be more than 0");
    }
    this.mode = mode;
    this.depositMinor = mode == PaymentMode.DEPOSIT ? depositMinor : null;
    this.depositPerPerson = mode == PaymentMode.DEPOSIT && depositPerPerson;
    this.lateCancelRefundPercent = mode.paysOnline() ? lateCancelRefundPercent : 0;
  }

  public static PaymentTerms atVenue() {
    return new PaymentTerms(PaymentMode.AT_VENUE, null, false, 0);
  }

  public static PaymentTerms deposit(
      Money deposit, boolean perPerson, int lateCancelRefundPercent) {
    return new PaymentTerms(
        PaymentMode.DEPOSIT, deposit.minorUnits(), perPerson, lateCancelRefundPercent);
  }

  public static PaymentTerms prepaid(int lateCancelRefundPercent) {
    return new PaymentTerms(PaymentMode.PREPAID, null, false, lateCancelRefundPercent);
  }

  public PaymentMode mode() {
    return mode;
  }

  /** Whether a booking is held until the payment is confirmed. */
  public boolean paysOnline() {
    return mode.paysOnline();
  }

  /** The deposit in the price's currency, when there is one. */
  public java.util.Optional<Money> deposit(Money price) {
    return depositMinor == null
        ? java.util.Optional.empty()
        : java.util.Optional.of(Money.ofMinor(depositMinor, price.currency()));
  }

  public boolean depositPerPerson() {
    return depositPerPerson;
  }

  public int lateCancelRefundPercent() {
    return lateCancelRefundPercent;
  }

  /** What a booking of {@code partySize} pays online at {@code price} per person (0 at venue). */
  public Money dueOnline(Money price, int partySize) {
    return switch (mode) {
      case AT_VENUE -> Money.ofMinor(0, price.currency());
      case PREPAID -> price.times(partySize);
      case DEPOSIT ->
          Money.ofMinor(depositMinor, price.currency()).times(depositPerPerson ? partySize : 1);
    };
  }
}
