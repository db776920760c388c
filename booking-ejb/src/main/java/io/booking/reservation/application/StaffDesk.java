package io.booking.reservation.application;

import io.booking.catalog.domain.Venue;
import io.booking.catalog.domain.VenueRepository;
import io.booking.identity.application.AccountService;
import io.booking.reservation.domain.Reservation;
import io.booking.reservation.domain.ReservationCheckedIn;
import io.booking.reservation.domain.ReservationCode;
import io.booking.reservation.domain.ReservationRepository;
import io.booking.shared.domain.UnknownObjectException;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;

/**
 * The door of a venue: the day's list and check-in by code. Staff reach only the venues they work
 * at; any other venue is unknown to them. Check-in locks the reservation row, so two desks checking
 * in one code at once check it in once.
 */
@Stateless
public class StaffDesk {

  @EJB AccountService accounts;

  @Inject ReservationRepository reservations;

  @Inject VenueRepository venues;

  @Inject Clock clock;

  @Inject Event<ReservationCheckedIn> checkedIn;

  @Inject VenueDayList dayLists;

  @Inject
  @org.eclipse.microprofile.config.inject.ConfigProperty(
      name = "booking.noshow.grace-minutes",
      defaultValue = "15")
  long graceMinutes;

  /**
   * The venue's bookings on a local day (today in its zone when {@code day} is null), by time;
   * holds that are not confirmed yet are left out.
   */
  public DeskDay reservationsOn(long staffAccountId, long venueId, LocalDate day) {
    return dayLists.of(venueWorkedAt(staffAccountId, venueId), day);
  }

  /** Marks a customer who did not come, after the grace period (BOOKING_NOSHOW_GRACE_MINUTES). */
  public DeskEntry markNoShow(long staffAccountId, long venueId, long reservationId) {
    Venue venue = venueWorkedAt(staffAccountId, venueId);
    Reservation r =
        reservations
            .lock(reservationId)
            .filter(found -> found.venueId() == venueId)
            .orElseThrow(() -> new UnknownObjectException("reservation", reservationId));
    r.markNoShow(clock.instant(), java.time.Duration.ofMinutes(graceMinutes));
    return VenueDayList.entry(
        r, venue.timeZone(), accounts.displayNames(java.util.Set.of(r.accountId())));
  }

  public CheckInResult checkIn(long staffAccountId, long venueId, String typedCode) {
    Venue venue = venueWorkedAt(staffAccountId, venueId);
    String code = ReservationCode.normalize(typedCode);
    long id =
        (ReservationCode.isWellFormed(code)
                ? reservations.idOfCode(code)
                : java.util.Optional.<Long>empty())
            .orElseThrow(() -> new UnknownObjectException("reservation with the code", typedCode));
    Reservation r = reservations.lock(id).orElseThrow();
    boolean now = r.checkIn(clock.instant(), venueId, venue.timeZone());
    if (now) {
      checkedIn.fire(
          new ReservationCheckedIn(r.id(), r.code(), venueId, r.accountId(), r.checkedInAt()));
    }
    return new CheckInResult(r.id(), r.code(), r.status(), !now);
  }

  private Venue venueWorkedAt(long staffAccountId, long venueId) {
    if (!accounts.venuesWorkedAt(staffAccountId).contains(venueId)) {
      throw new UnknownObjectException("venue", venueId);
    }
    return venues.findById(venueId).orElseThrow(() -> new UnknownObjectException("venue", venueId));
  }
}
