package io.booking.inventory.application;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Set;

/**
 * A weekly rule as a merchant states it: on these days, from first to last start, every n minutes.
 */
public record RuleSpec(
    Set<DayOfWeek> days, LocalTime firstStart, LocalTime lastStart, int intervalMinutes) {}
