package io.booking.reservation.application;

import io.booking.catalog.domain.Venue;
import io.booking.identity.application.AccountService;
import io.booking.reservation.domain.Reservation;
import io.booking.reservation.domain.ReservationRepository;
import io.booking.reservation.domain.ReservationStatus;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A venue's bookings on one local day (today in its zone unless said), by time, with the customers'
 * names. Callers decide who may see it (staff of the venue, its merchant); holds not yet confirmed
 * are left out.
 */
@ApplicationScoped
public class VenueDayList {

  @Inject ReservationRepository reservations;

  @EJB AccountService accounts;

  @Inject Clock clock;

  /** The bookings of {@code day}, or of today in the venue's zone when it is null. */
  public DeskDay of(Venue venue, LocalDate day) {
    ZoneId zone = venue.timeZone();
    if (day == null) {
      day = LocalDate.now(clock.withZone(zone));
    }
    List<Reservation> found =
        reservations
            .findByVenue(
                venue.id(),
                day.atStartOfDay(zone).toInstant(),
                day.plusDays(1).atStartOfDay(zone).toInstant())
            .stream()
            .filter(r -> r.status() != ReservationStatus.HELD)
            .toList();
    Map<Long, String> names =
        accounts.displayNames(
            found.stream()
                .map(Reservation::accountId)
                .filter(Objects::nonNull)
                .collect(Collectors.toSet()));
    return new DeskDay(day, found.stream().map(r -> entry(r, zone, names)).toList());
  }

  static DeskEntry entry(Reservation r, ZoneId zone, Map<Long, String> names) {
    return new DeskEntry(
        r.id(),
        r.code(),
        r.slot().start().atZone(zone),
        r.slot().offering().name(),
        r.partySize(),
        r.isWalkIn() ? r.guestName() : names.getOrDefault(r.accountId(), ""),
        r.status(),
        r.isWalkIn());
  }
}
