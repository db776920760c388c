package io.booking.reservation.application;

import java.time.LocalDate;
import java.util.List;

/** A venue's bookings of one local day, and which day that is. */
public record DeskDay(LocalDate date, List<DeskEntry> items) {}
