package io.booking.inventory.application;

import io.booking.catalog.domain.Venue;
import io.booking.catalog.domain.VenueRepository;
import io.booking.inventory.domain.Slot;
import io.booking.inventory.domain.SlotRepository;
import io.booking.shared.domain.InvalidInputException;
import io.booking.shared.domain.UnknownObjectException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** Which slots a venue has on given days, and how many places each has left. */
@Stateless
public class AvailabilityService {

  public static final int MAX_DAYS = 31;

  @Inject SlotRepository slots;

  @Inject VenueRepository venues;

  @Inject Clock clock;

  /**
   * The slots that start on the local dates {@code from} to {@code to} (inclusive) in the venue's
   * zone and have not started yet.
   */
  public List<SlotView> slotsOf(long venueId, LocalDate from, LocalDate to, Long offeringId) {
    if (to.isBefore(from)) {
      throw new InvalidInputException("to", "must not be before from");
    }
    if (ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
      throw new InvalidInputException("to", "at most " + MAX_DAYS + " days can be asked at once");
    }
    Venue venue =
        venues.findById(venueId).orElseThrow(() -> new UnknownObjectException("venue", venueId));
    ZoneId zone = venue.timeZone();
    Instant start = from.atStartOfDay(zone).toInstant();
    Instant end = to.plusDays(1).atStartOfDay(zone).toInstant();
    Instant now = clock.instant();
    if (start.isBefore(now)) {
      start = now;
    }
    if (!end.isAfter(start)) {
      return List.of();
    }
    List<Slot> found =
        offeringId == null
            ? slots.findByVenue(venueId, start, end)
            : slots.findByOffering(offeringId, start, end).stream()
                .filter(s -> s.venueId() == venueId)
                .toList();
    return found.stream().filter(s -> !s.hasStartedAt(now)).map(s -> SlotView.of(s, zone)).toList();
  }

  public SlotView slot(long slotId) {
    Slot slot =
        slots.findById(slotId).orElseThrow(() -> new UnknownObjectException("slot", slotId));
    return SlotView.of(slot, slot.offering().venue().timeZone());
  }
}
