package io.booking.inventory.application;

import io.booking.catalog.domain.Venue;
import io.booking.catalog.domain.VenueRepository;
import io.booking.inventory.domain.ScheduleRepository;
import io.booking.inventory.domain.Slot;
import io.booking.inventory.domain.SlotRepository;
import io.booking.shared.domain.InvalidInputException;
import io.booking.shared.domain.UnknownObjectException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Which slots a venue has on given days, and how many places each has left. Reads only: its queries
 * run without a transaction of their own (SUPPORTS), in the caller's if there is one, so a page or
 * API read costs no transaction and no autocommit round trips; what it returns is read committed.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class AvailabilityService {

  public static final int MAX_DAYS = 31;

  @Inject SlotRepository slots;

  @Inject ScheduleRepository schedules;

  @Inject VenueRepository venues;

  @Inject Clock clock;

  /**
   * The slots that start on the local dates {@code from} to {@code to} (inclusive) in the venue's
   * zone and have not started yet; {@code from} defaults to today there, {@code to} to {@code
   * from}.
   */
  public List<SlotView> slotsOf(long venueId, LocalDate from, LocalDate to, Long offeringId) {
    Venue venue =
        venues.findById(venueId).orElseThrow(() -> new UnknownObjectException("venue", venueId));
    ZoneId zone = venue.timeZone();
    if (from == null) {
      from = LocalDate.now(clock.withZone(zone));
    }
    if (to == null) {
      to = from;
    }
    if (to.isBefore(from)) {
      throw new InvalidInputException("to", "must not be before from");
    }
    if (ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
      throw new InvalidInputException("to", "at most " + MAX_DAYS + " days can be asked at once");
    }
    Instant start = from.atStartOfDay(zone).toInstant();
    Instant end = to.plusDays(1).atStartOfDay(zone).toInstant();
    Instant now = clock.instant();
    if (start.isBefore(now)) {
      start = now;
    }
    if (!end.isAfter(start)) {
      return List.of();
    }
    return slots.openSlots(venueId, offeringId, start, end).stream()
        .filter(s -> s.isBookableAt(now))
        .map(s -> SlotView.of(s, zone))
        .toList();
  }

  /**
   * When each venue's earliest bookable slot starts, for a page of search results: one query for
   * the whole page.
   */
  public java.util.Map<Long, Instant> nextBookableStarts(java.util.Collection<Long> venueIds) {
    return slots.nextBookableStarts(venueIds, clock.instant());
  }

  /**
   * When the venue is open, per weekday, in its local time: as the merchant states it, or, when it
   * has not, from the first slot start to the end of the last one over its offerings' weekly rules.
   */
  public java.util.Map<java.time.DayOfWeek, String> openingHours(long venueId) {
    java.util.List<io.booking.catalog.domain.OpeningHours> stated =
        venues.findById(venueId).map(Venue::openingHours).orElse(List.of());
    if (!stated.isEmpty()) {
      java.util.Map<java.time.DayOfWeek, String> hours =
          new java.util.EnumMap<>(java.time.DayOfWeek.class);
      stated.forEach(h -> hours.put(h.day(), h.opens() + "–" + h.closes()));
      return hours;
    }
    java.util.Map<java.time.DayOfWeek, java.time.LocalTime[]> spans =
        new java.util.EnumMap<>(java.time.DayOfWeek.class);
    for (io.booking.inventory.domain.WeeklyRule rule : schedules.rulesOfVenue(venueId)) {
      java.util.List<java.time.LocalTime> starts = rule.startTimes();
      java.time.LocalTime first = starts.get(0);
      java.time.LocalTime lastEnd = starts.get(starts.size() - 1).plus(rule.offering().duration());
      for (java.time.DayOfWeek day : rule.days()) {
        spans.merge(
            day,
            new java.time.LocalTime[] {first, lastEnd},
            (a, b) ->
                new java.time.LocalTime[] {
                  a[0].isBefore(b[0]) ? a[0] : b[0], a[1].isAfter(b[1]) ? a[1] : b[1]
                });
      }
    }
    java.util.Map<java.time.DayOfWeek, String> hours =
        new java.util.EnumMap<>(java.time.DayOfWeek.class);
    spans.forEach((day, span) -> hours.put(day, span[0] + "–" + span[1]));
    return hours;
  }

  public SlotView slot(long slotId) {
    Slot slot =
        slots.findById(slotId).orElseThrow(() -> new UnknownObjectException("slot", slotId));
    return SlotView.of(slot, slot.offering().venue().timeZone());
  }
}
