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

  public ScheduleView schedule(long offeringId) {
    offering(offeringId);
    return new ScheduleView(
        offeringId,
        slots.rulesOf(offeringId).stream()
            .map(r -> new RuleSpec(r.days(), r.firstStart(), r.lastStart(), r.intervalMinutes()))
            .toList(),
        slots.blackoutsOf(offeringId).stream().sorted().toList());
  }

  /**
   * Replaces the weekly rules and blackout dates and brings the upcoming slots in line: missing
   * ones are created, ones no longer planned are withdrawn unless they hold bookings, which are
   * kept and returned so the merchant can see them.
   */
  public ScheduleChange replaceSchedule(
      long offeringId, List<RuleSpec> rules, Set<LocalDate> blackouts) {
    Offering offering = offering(offeringId);
    List<WeeklyRule> newRules = checkedRules(offering, rules);
    slots.removeRules(offeringId);
    slots.removeBlackouts(offeringId);
    newRules.forEach(slots::addRule);
    blackouts.forEach(d -> slots.addBlackout(new BlackoutDate(offeringId, d)));

    ZoneId zone = offering.venue().timeZone();
    Instant now = clock.instant();
    LocalDate today = LocalDate.now(clock.withZone(zone));
    java.util.Map<Instant, PlannedSlot> planned = new java.util.HashMap<>();
    SlotPlanner.plan(
            newRules, blackouts, zone, offering.duration(), today, today.plusDays(horizonDays - 1L))
        .stream()
        .filter(p -> p.start().isAfter(now))
        .forEach(p -> planned.put(p.start(), p));
    int withdrawn = 0;
    List<SlotView> kept = new java.util.ArrayList<>();
    for (Slot slot : slots.futureSlots(offeringId, now)) {
      if (planned.remove(slot.start()) != null) {
        if (slot.isWithdrawn()) {
          slot.reinstate(offering.capacity());
        }
      } else if (!slot.isWithdrawn()) {
        if (slot.withdraw()) {
          withdrawn++;
        } else {
          kept.add(SlotView.of(slot, zone));
        }
      }
    }
    planned.values().forEach(p -> slots.add(new Slot(offering, p)));
    return new ScheduleChange(planned.size(), withdrawn, kept);
  }

  /**
   * Changes an offering; the new capacity applies to its upcoming slots too, and is refused when
   * any of them already holds more places.
   */
  public void updateOffering(
      long offeringId,
      String name,
      int durationMinutes,
      int capacity,
      int maxPartySize,
      io.booking.shared.domain.Money price,
      int cancellationHours) {
    Offering offering = offering(offeringId);
    Instant now = clock.instant();
    long overfull = slots.futureSlotsBookedAbove(offeringId, capacity, now);
    if (overfull > 0) {
      throw new io.booking.inventory.domain.CapacityBelowBookingsException(capacity, overfull);
    }
    offering.update(name, durationMinutes, capacity, maxPartySize, price, cancellationHours);
    slots.setFutureCapacity(offeringId, capacity, now);
  }

  private static List<WeeklyRule> checkedRules(Offering offering, List<RuleSpec> rules) {
    List<io.booking.shared.domain.FieldError> errors = new java.util.ArrayList<>();
    List<WeeklyRule> built = new java.util.ArrayList<>();
    for (int i = 0; i < rules.size(); i++) {
      RuleSpec r = rules.get(i);
      String field = "rules[" + i + "]";
      if (r == null
          || r.days() == null
          || r.days().isEmpty()
          || r.firstStart() == null
          || r.lastStart() == null) {
        errors.add(
            new io.booking.shared.domain.FieldError(field, "needs days, firstStart and lastStart"));
        continue;
      }
      try {
        built.add(
            new WeeklyRule(
                offering,
                r.days(),
                r.firstStart(),
                r.lastStart(),
                Duration.ofMinutes(r.intervalMinutes() <= 0 ? 1440 : r.intervalMinutes())));
      } catch (IllegalArgumentException e) {
        errors.add(new io.booking.shared.domain.FieldError(field, e.getMessage()));
      }
    }
    if (!errors.isEmpty()) {
      throw new io.booking.shared.domain.InvalidInputException(errors);
    }
    return built;
  }

  private Offering offering(long offeringId) {
    return venues
        .findOffering(offeringId)
        .orElseThrow(() -> new UnknownObjectException("offering", offeringId));
  }
}
