package io.booking.reservation.domain;

import java.time.Instant;

/**
 * A reservation was cancelled: by its customer ({@code late} when inside the cancellation window),
 * by hold expiry, or because its payment failed. Fired inside the cancelling transaction: the
 * payment context refunds or cancels the payment in the same transaction, so a cancellation never
 * commits without what it does to the money.
 */
public record ReservationCancelled(
    long reservationId, CancelReason reason, boolean late, Instant at) {}
