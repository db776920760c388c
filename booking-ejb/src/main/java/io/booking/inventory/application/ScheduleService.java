package io.booking.inventory.application;

import io.booking.catalog.domain.Offering;
import io.booking.catalog.domain.VenueRepository;
import io.booking.catalog.domain.VenueTimeZoneChanged;
import io.booking.inventory.domain.BlackoutDate;
import io.booking.inventory.domain.CapacityBelowBookingsException;
import io.booking.inventory.domain.ExtraOpening;
import io.booking.inventory.domain.PlannedSlot;
import io.booking.inventory.domain.ScheduleRepository;
import io.booking.inventory.domain.Slot;
import io.booking.inventory.domain.SlotPlanner;
import io.booking.inventory.domain.SlotRepository;
import io.booking.inventory.domain.WeeklyRule;
import io.booking.shared.domain.BusinessConflictException;
import io.booking.shared.domain.UnknownObjectException;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
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

/** Weekly rules, blackout dates, and the slots they generate. */
@Stateless
public class ScheduleService {

  @Inject SlotRepository slots;

  @Inject ScheduleRepository schedules;

  @Inject VenueRepository venues;

  @Inject Clock clock;

  public void addRule(
      long offeringId, Set<DayOfWeek> days, LocalTime first, LocalTime last, Duration interval) {
    schedules.addRule(new WeeklyRule(offering(offeringId), days, first, last, interval));
  }

  public void addBlackout(long offeringId, LocalDate date) {
    offering(offeringId);
    schedules.addBlackout(new BlackoutDate(offeringId, date));
  }

  /** Creates the missing slots from today, in the venue's zone, to the rolling horizon. */
  public int generateAhead(long offeringId) {
    return generateAhead(offering(offeringId));
  }

  private int generateAhead(Offering offering) {
    LocalDate today = LocalDate.now(clock.withZone(offering.venue().timeZone()));
    return generate(offering, today, today.plusDays(offering.horizonDays() - 1L));
  }

  /** Creates the slots the rules ask for on these local dates; slots that exist stay untouched. */
  public int generate(long offeringId, LocalDate from, LocalDate toInclusive) {
    return generate(offering(offeringId), from, toInclusive);
  }

  private int generate(Offering offering, LocalDate from, LocalDate toInclusive) {
    ZoneId zone = offering.venue().timeZone();
    List<PlannedSlot> planned =
        SlotPlanner.plan(
            schedules.rulesOf(offering.id()),
            schedules.blackoutsOf(offering.id()),
            schedules.extrasOf(offering.id()),
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
    venues
        .findOffering(offeringId)
        .orElseThrow(() -> new UnknownObjectException("offering", offeringId));
    return new ScheduleView(
        offeringId,
        schedules.rulesOf(offeringId).stream()
            .map(r -> new RuleSpec(r.days(), r.firstStart(), r.lastStart(), r.intervalMinutes()))
            .toList(),
        schedules.blackoutsOf(offeringId).stream().sorted().toList(),
        schedules.extrasOf(offeringId).stream()
            .map(e -> new ExtraSpec(e.date(), e.firstStart(), e.lastStart(), e.intervalMinutes()))
            .toList());
  }

  /**
   * Replaces the weekly rules, blackout dates and extra openings and brings the upcoming slots in
   * line: missing ones are created, ones no longer planned are withdrawn unless they hold bookings,
   * which are kept and returned so the merchant can see them.
   */
  public ScheduleChange replaceSchedule(
      long offeringId, List<RuleSpec> rules, Set<LocalDate> blackouts, List<ExtraSpec> extras) {
    Offering offering = offering(offeringId);
    List<WeeklyRule> newRules = checkedRules(offering, rules);
    List<ExtraOpening> newExtras = checkedExtras(offering, extras);
    schedules.removeRules(offeringId);
    schedules.removeBlackouts(offeringId);
    schedules.removeExtras(offeringId);
    newRules.forEach(schedules::addRule);
    blackouts.forEach(d -> schedules.addBlackout(new BlackoutDate(offeringId, d)));
    newExtras.forEach(schedules::addExtra);

    return realign(offering, newRules, blackouts, newExtras);
  }

  /**
   * The venue moved to another zone: its upcoming slots move to the same local times there. Refused
   * while any of them holds places, since those customers booked a time that would change under
   * them; the refusal rolls the zone change back with it.
   */
  public void moveToNewZone(@Observes VenueTimeZoneChanged change) {
    Instant now = clock.instant();
    for (long offeringId : change.offeringIds()) {
      Offering offering = offering(offeringId);
      if (slots.countFutureSlotsHoldingPlaces(offeringId, now) > 0) {
        throw new BusinessConflictException(
            "time-zone-has-bookings",
            "Upcoming slots of this venue hold bookings made for their times in "
                + change.from()
                + "; the time zone can change once they are over or cancelled.");
      }
      realign(
          offering,
          schedules.rulesOf(offeringId),
          schedules.blackoutsOf(offeringId),
          schedules.extrasOf(offeringId));
    }
  }

  /**
   * Brings the upcoming slots in line with the schedule in the venue's zone: missing ones are
   * created, withdrawn ones that are planned again come back, ones no longer planned are withdrawn
   * unless they hold bookings, which are kept and returned so the merchant can see them.
   */
  private ScheduleChange realign(
      Offering offering,
      List<WeeklyRule> newRules,
      Set<LocalDate> blackouts,
      List<ExtraOpening> newExtras) {
    long offeringId = offering.id();
    ZoneId zone = offering.venue().timeZone();
    Instant now = clock.instant();
    LocalDate today = LocalDate.now(clock.withZone(zone));
    java.util.Map<Instant, PlannedSlot> planned = new java.util.HashMap<>();
    SlotPlanner.plan(
            newRules,
            blackouts,
            newExtras,
            zone,
            offering.duration(),
            today,
            today.plusDays(offering.horizonDays() - 1L))
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
  public void updateOffering(long offeringId, io.booking.catalog.application.OfferingSpec spec) {
    Offering offering = offering(offeringId);
    Instant now = clock.instant();
    // Compared after the update, not checked before it: a booking committing in between would
    // otherwise keep its slot at the old capacity while the merchant is told it changed.
    int followed = slots.setFutureCapacity(offeringId, spec.capacity(), now);
    long upcoming = slots.countFutureSlots(offeringId, now);
    if (followed < upcoming) {
      throw new CapacityBelowBookingsException(spec.capacity(), upcoming - followed);
    }
    offering.update(
        spec.name().strip(),
        spec.durationMinutes(),
        spec.capacity(),
        spec.maxPartySize(),
        spec.price(),
        spec.cancellationHours());
    offering.changeBookingWindow(spec.leadMinutesOrDefault(), spec.horizonDaysOrDefault());
    offering.changePaymentTerms(spec.paymentTerms());
    // A longer horizon is open at once, not at the next hourly run.
    generateAhead(offering);
  }

  private static List<WeeklyRule> checkedRules(Offering offering, List<RuleSpec> rules) {
    return checked(
        "rules",
        rules,
        r ->
            r.days() != null
                && !r.days().isEmpty()
                && r.firstStart() != null
                && r.lastStart() != null,
        "needs days, firstStart and lastStart",
        r ->
            new WeeklyRule(
                offering, r.days(), r.firstStart(), r.lastStart(), interval(r.intervalMinutes())));
  }

  private static List<ExtraOpening> checkedExtras(Offering offering, List<ExtraSpec> extras) {
    return checked(
        "extraOpenings",
        extras,
        e -> e.date() != null && e.firstStart() != null && e.lastStart() != null,
        "needs date, firstStart and lastStart",
        e ->
            new ExtraOpening(
                offering, e.date(), e.firstStart(), e.lastStart(), interval(e.intervalMinutes())));
  }

  /** No interval means one start a day. */
  private static Duration interval(int minutes) {
    return Duration.ofMinutes(minutes <= 0 ? 1440 : minutes);
  }

  /**
   * Builds each stated item, naming every incomplete or refused one as {@code field[i]} at once.
   */
  private static <S, T> List<T> checked(
      String field,
      List<S> specs,
      java.util.function.Predicate<S> complete,
      String incomplete,
      java.util.function.Function<S, T> build) {
    List<io.booking.shared.domain.FieldError> errors = new java.util.ArrayList<>();
    List<T> built = new java.util.ArrayList<>();
    for (int i = 0; i < specs.size(); i++) {
      S spec = specs.get(i);
      String name = field + "[" + i + "]";
      if (spec == null || !complete.test(spec)) {
        errors.add(new io.booking.shared.domain.FieldError(name, incomplete));
        continue;
      }
      try {
        built.add(build.apply(spec));
      } catch (IllegalArgumentException e) {
        errors.add(new io.booking.shared.domain.FieldError(name, e.getMessage()));
      }
    }
    if (!errors.isEmpty()) {
      throw new io.booking.shared.domain.InvalidInputException(errors);
    }
    return built;
  }

  /**
   * The offering, locked: rules, capacity and slots of one offering change one transaction at a
   * time, so the hourly generation cannot put back a time a concurrent schedule change withdrew.
   */
  private Offering offering(long offeringId) {
    return venues
        .lockOffering(offeringId)
        .orElseThrow(() -> new UnknownObjectException("offering", offeringId));
  }
}
