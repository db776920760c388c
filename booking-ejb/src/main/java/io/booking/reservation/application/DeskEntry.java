package io.booking.reservation.application;

import io.booking.reservation.domain.ReservationStatus;
import java.time.ZonedDateTime;

/**
 * One line of the staff desk's list for a day. For a walk-in the name is the guest name staff took
 * at the desk, as typed: pages and clients must escape it.
 */
public record DeskEntry(
    long reservationId,
    String code,
    ZonedDateTime start,
    String offeringName,
    int partySize,
    String customerName,
    ReservationStatus status,
    boolean walkIn) {}
