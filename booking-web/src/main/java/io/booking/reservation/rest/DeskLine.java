package io.booking.reservation.rest;

import io.booking.reservation.application.DeskEntry;
import java.time.OffsetDateTime;

/** One booking of a venue's day, as the staff desk and the merchant see it. */
public record DeskLine(
    long reservationId,
    String code,
    OffsetDateTime start,
    String offeringName,
    int partySize,
    String customerName,
    String status,
    boolean walkIn) {

  public static DeskLine of(DeskEntry e) {
    return new DeskLine(
        e.reservationId(),
        e.code(),
        e.start().toOffsetDateTime(),
        e.offeringName(),
        e.partySize(),
        e.customerName(),
        e.status().name(),
        e.walkIn());
  }
}
