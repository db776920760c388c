package io.booking.catalog.rest;

import io.booking.catalog.application.OfferingView;
import io.booking.platform.rest.MoneyJson;

/** An offering as the API shows it, to customers (a venue's offerings) and to its merchant. */
// No component is annotated: Payara models a record with any annotated component from its
// annotated components only.
public record OfferingJson(
    long id,
    String name,
    int durationMinutes,
    int capacity,
    int maxPartySize,
    MoneyJson price,
    int cancellationHours,
    int leadMinutes,
    int horizonDays,
    OfferingPaymentJson payment,
    int lateCancelRefundPercent) {

  public static OfferingJson of(OfferingView o) {
    return new OfferingJson(
        o.id(),
        o.name(),
        o.durationMinutes(),
        o.capacity(),
        o.maxPartySize(),
        MoneyJson.of(o.price()),
        o.cancellationHours(),
        o.leadMinutes(),
        o.horizonDays(),
        OfferingPaymentJson.of(o),
        o.lateCancelRefundPercent());
  }
}
