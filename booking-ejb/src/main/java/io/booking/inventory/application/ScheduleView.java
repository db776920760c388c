package io.booking.inventory.application;

import java.time.LocalDate;
import java.util.List;

/** An offering's weekly rules and blackout dates. */
public record ScheduleView(long offeringId, List<RuleSpec> rules, List<LocalDate> blackoutDates) {}
