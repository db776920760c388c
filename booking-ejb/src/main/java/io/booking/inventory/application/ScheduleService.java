package io.booking.inventory.application;

import io.booking.catalog.domain.Offering;
import io.booking.catalog.domain.VenueRepository;
import io.booking.inventory.domain.BlackoutDate;
import io.booking.inventory.domain.PlannedSlot;
import io.booking.inventory.domain.Slot;
import io.booking.inventory.domain.SlotPlanner;
import io.booking.inventory.domain.SlotRepository;
import io.booking.inventory.domain.WeeklyRule;
import io.booking.shared.domain.UnknownObjectException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Weekly rules, blackout dates, and the slots they generate. */
@Stateless
public class ScheduleService {

  @Inject SlotRepository slots;

  @Inject VenueRepository venues;

  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "booking.slots.horizon-days", defaultValue = "14")
  int horizonDays;

  public void addRule(
      long offeringId, Set<DayOfWeek> days, LocalTime first, LocalTime last, Duration interval) {
    slots.addRule(new WeeklyRule(offering(offeringId), days, first, last, interval));
  }

  public void addBlackout(long offeringId, LocalDate date) {
    offering(offeringId);
    slots.addBlackout(new BlackoutDate(offeringId, date));
  }

  /** Creates the missing slots from today, in the venue's zone, to the rolling horizon. */
  public int generateAhead(long offeringId) {
    Offering offering = offering(offeringId);
    LocalDate today = LocalDate.now(clock.withZone(offering.venue().timeZone()));
    return generate(offering, today, today.plusDays(horizonDays - 1L));
  }

  /** Creates the slots the rules ask for on these local dates; slots that exist stay untouched. */
  public int generate(long offeringId, LocalDate from, LocalDate toInclusive) {
    return generate(offering(offeringId), from, toInclusive);
  }

  private int generate(Offering offering, LocalDate from, LocalDate toInclusive) {
    ZoneId zone = offering.venue().timeZone();
    List<PlannedSlot> planned =
        SlotPlanner.plan(
            slots.rulesOf(offering.id()),
            slots.blackoutsOf(offering.id()),
            zone,
            offering.duration(),
            from,
            toInclusive);
    Instant windowStart = from.atStartOfDay(zone).toInstant();
    Instant windowEnd = toInclusive.plusDays(1).atStartOfDay(zone).toInstant();
    Set<Instant> existing = slots.startsOf(offering.id(), windowStart, windowEnd);
    int created = 0;
    for (PlannedSlot p : planned) {
      if (!existing.contains(p.start())) {
        slots.add(new Slot(offering, p));
        created++;
      }
    }
    return created;
  }

  private Offering offering(long offeringId) {
    return venues
        .findOffering(offeringId)
        .orElseThrow(() -> new UnknownObjectException("offering", offeringId));
  }
}
