/**
 * Demo data for a first run: cities in two time zones, restaurants and studios, schedules, and the
 * demo accounts. Loaded only when BOOKING_DEMO is true; never in production.
 */
package io.booking.demo;
