package io.booking.reservation.domain;

import java.time.Instant;

/**
 * A customer was checked in. Fired as a CDI event inside the check-in's transaction: the escrow
 * release observes it there, so a check-in and its release commit together or not at all; mail and
 * review invitations observe it after commit, so a rolled-back check-in tells nobody anything.
 *
 * <p>A walk-in (booked at the desk for a guest without an account) is checked in as it is booked:
 * its event has no {@code accountId} and {@code walkIn} is true. Nothing of it is in escrow (the
 * guest pays at the desk, outside the platform) and there is nobody to invite to a review, so
 * observers that release money or invite reviews skip it; occupancy and attribution still count it.
 */
public record ReservationCheckedIn(
    long reservationId, String code, long venueId, Long accountId, boolean walkIn, Instant at) {}
