package io.booking.catalog.application;

import io.booking.catalog.domain.Offering;
import io.booking.catalog.domain.PaymentMode;
import io.booking.shared.domain.Money;

public record OfferingView(
    long id,
    long venueId,
    String name,
    int durationMinutes,
    int capacity,
    int maxPartySize,
    Money price,
    int cancellationHours,
    int leadMinutes,
    int horizonDays,
    PaymentMode paymentMode,
    Money deposit,
    boolean depositPerPerson,
    int lateCancelRefundPercent) {

  /** How many days ahead an offering takes bookings unless its merchant says otherwise. */
  public static final int DEFAULT_HORIZON_DAYS = Offering.DEFAULT_HORIZON_DAYS;

  /** Whether a booking pays online (and is held until the payment is confirmed). */
  public boolean paysOnline() {
    return paymentMode.paysOnline();
  }

  public static OfferingView of(Offering o) {
    return new OfferingView(
        o.id(),
        o.venue().id(),
        o.name(),
        (int) o.duration().toMinutes(),
        o.capacity(),
        o.maxPartySize(),
        o.price(),
        (int) o.cancellationWindow().toHours(),
        (int) o.leadTime().toMinutes(),
        o.horizonDays(),
        o.paymentTerms().mode(),
        o.paymentTerms().deposit(o.price()).orElse(null),
        o.paymentTerms().depositPerPerson(),
        o.paymentTerms().lateCancelRefundPercent());
  }
}
