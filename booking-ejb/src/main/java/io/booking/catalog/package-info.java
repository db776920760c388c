/**
 * Catalog: merchants, their venues (where, what kind, which time zone) and the offerings that can
 * be booked. It knows accounts only by id and never holds availability or bookings.
 */
package io.booking.catalog;
