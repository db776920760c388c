package io.booking.catalog.rest;

/**
 * Opening hours of one weekday, local time ("MON", "09:00", "18:00"); a weekday left out is closed.
 */
public record DayHours(String day, String opens, String closes) {}
