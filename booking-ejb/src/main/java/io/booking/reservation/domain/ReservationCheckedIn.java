package io.booking.reservation.domain;

import java.time.Instant;

/**
 * A customer was checked in. Fired as a CDI event; observers react after commit (escrow release,
 * review invitation), so a rolled-back check-in tells nobody anything.
 */
public record ReservationCheckedIn(
    long reservationId, String code, long venueId, long accountId, Instant at) {}
