package io.booking.reservation.application;

/** A booking and whether it was made just now or replayed for a repeated Idempotency-Key. */
public record BookingResult(ReservationView reservation, boolean replayed) {}
