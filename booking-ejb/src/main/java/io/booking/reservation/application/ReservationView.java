package io.booking.reservation.application;

import io.booking.catalog.domain.Offering;
import io.booking.reservation.domain.CancellationPolicy;
import io.booking.reservation.domain.Reservation;
import io.booking.reservation.domain.ReservationStatus;
import io.booking.shared.domain.Money;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/** A reservation as its customer sees it, with times in the venue's zone. */
public record ReservationView(
    long id,
    String code,
    ReservationStatus status,
    long slotId,
    long venueId,
    String venueName,
    String venueAddress,
    long offeringId,
    String offeringName,
    int partySize,
    ZonedDateTime start,
    ZonedDateTime end,
    ZonedDateTime freeCancellationUntil,
    Instant holdExpiresAt,
    Money price,
    Instant createdAt,
    PaymentSummary payment) {

  /** The same, with its online payment (null when it pays at the venue). */
  public ReservationView withPayment(PaymentSummary payment) {
    return new ReservationView(
        id,
        code,
        status,
        slotId,
        venueId,
        venueName,
        venueAddress,
        offeringId,
        offeringName,
        partySize,
        start,
        end,
        freeCancellationUntil,
        holdExpiresAt,
        price,
        createdAt,
        payment);
  }

  static ReservationView of(Reservation r) {
    Offering offering = r.slot().offering();
    ZoneId zone = offering.venue().timeZone();
    CancellationPolicy policy = new CancellationPolicy(offering.cancellationWindow());
    return new ReservationView(
        r.id(),
        r.code(),
        r.status(),
        r.slot().id(),
        r.venueId(),
        offering.venue().name(),
        offering.venue().address().street()
            + ", "
            + offering.venue().address().district()
            + ", "
            + offering.venue().address().city(),
        offering.id(),
        offering.name(),
        r.partySize(),
        r.slot().start().atZone(zone),
        r.slot().end().atZone(zone),
        policy.freeUntil(r.slot().start()).atZone(zone),
        r.holdExpiresAt(),
        offering.price().times(r.partySize()),
        r.createdAt(),
        null);
  }
}
