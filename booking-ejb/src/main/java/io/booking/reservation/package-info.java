/**
 * Reservation: a customer's claim on places in a slot, its short code, its states (HELD, CONFIRMED,
 * CHECKED_IN, NO_SHOW, CANCELLED), the cancellation policy, hold expiry, the staff desk and
 * walk-ins (a guest name instead of an account). It takes and returns places only through
 * inventory's conditional updates, and never trusts a count it holds in memory.
 */
package io.booking.reservation;
