package io.booking.inventory.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * An offering's schedule: its weekly rules, blackout dates and extra openings, which {@link
 * SlotPlanner} turns into slots. The slots themselves, and the places taken in them, are {@link
 * SlotRepository}'s.
 */
public interface ScheduleRepository {

  List<WeeklyRule> rulesOf(long offeringId);

  List<WeeklyRule> rulesOfVenue(long venueId);

  void addRule(WeeklyRule rule);

  void removeRules(long offeringId);

  Set<LocalDate> blackoutsOf(long offeringId);

  void addBlackout(BlackoutDate blackout);

  void removeBlackouts(long offeringId);

  List<ExtraOpening> extrasOf(long offeringId);

  void addExtra(ExtraOpening extra);

  void removeExtras(long offeringId);
}
