package io.booking.reservation.domain;

import java.time.Instant;

/**
 * The customer did not come. Fired inside the marking transaction: a deposit is released to the
 * merchant together with the mark.
 */
public record ReservationMarkedNoShow(long reservationId, Instant at) {}
