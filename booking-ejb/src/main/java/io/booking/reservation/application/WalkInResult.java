package io.booking.reservation.application;

/** A walk-in booked at the desk, or the one an earlier request with the same key booked. */
public record WalkInResult(DeskEntry entry, boolean replayed) {}
