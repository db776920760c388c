package io.booking.reservation.application;

import java.time.ZoneId;

/** A venue a staff member works at, for choosing a desk. */
public record DeskVenue(long id, String name, ZoneId timeZone) {}
