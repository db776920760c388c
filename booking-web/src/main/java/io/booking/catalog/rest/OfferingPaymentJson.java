package io.booking.catalog.rest;

import io.booking.catalog.application.OfferingView;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How an offering's bookings pay, on the wire; the deposit is in the price's currency. */
public record OfferingPaymentJson(
    @Schema(
            description = "AT_VENUE (nothing online), DEPOSIT or PREPAID (the price per person)",
            enumeration = {"AT_VENUE", "DEPOSIT", "PREPAID"},
            example = "DEPOSIT")
        String mode,
    @Schema(description = "The deposit, in the price's currency (DEPOSIT only)", example = "20.00")
        BigDecimal depositAmount,
    @Schema(description = "Whether the deposit is per person rather than per booking")
        Boolean depositPerPerson) {

  static OfferingPaymentJson of(OfferingView o) {
    return new OfferingPaymentJson(
        o.paymentMode().name(),
        o.deposit() == null ? null : o.deposit().amount(),
        o.depositPerPerson());
  }
}
