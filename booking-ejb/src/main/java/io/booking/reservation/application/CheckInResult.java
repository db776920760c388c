package io.booking.reservation.application;

import io.booking.reservation.domain.ReservationStatus;

/** What the desk sees after a check-in: it may have been done already, which is fine. */
public record CheckInResult(
    long reservationId, String code, ReservationStatus status, boolean alreadyCheckedIn) {}
