/**
 * Reservation: a customer's claim on places in a slot, its short code, its states (HELD, CONFIRMED,
 * CANCELLED), the cancellation policy and hold expiry. It takes and returns places only through
 * inventory's conditional updates, and never trusts a count it holds in memory.
 */
package io.booking.reservation;
