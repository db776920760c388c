package io.booking.inventory.application;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * An extra opening as a merchant states it: on this date, from first to last start, every n
 * minutes.
 */
public record ExtraSpec(
    LocalDate date, LocalTime firstStart, LocalTime lastStart, int intervalMinutes) {}
