package io.booking.inventory.application;

import java.time.LocalDate;
import java.util.List;

/** An offering's weekly rules and the exceptions to them: blackout dates and extra openings. */
public record ScheduleView(
    long offeringId,
    List<RuleSpec> rules,
    List<LocalDate> blackoutDates,
    List<ExtraSpec> extraOpenings) {}
