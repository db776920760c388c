package io.booking.reservation.application;

import io.booking.reservation.domain.Reservation;
import io.booking.reservation.domain.ReservationMarkedNoShow;
import io.booking.reservation.domain.ReservationRepository;
import io.booking.reservation.domain.ReservationStatus;
import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Confirmed reservations nobody checked in become NO_SHOW once their day is over in the venue's
 * zone. Each changes under its row lock in its own transaction, so sweeps running at once on
 * several instances mark each reservation once.
 */
@Stateless
public class NoShows {

  @Inject ReservationRepository reservations;

  @Inject Event<ReservationMarkedNoShow> noShows;

  @Resource SessionContext context;

  /** Marks the confirmed reservations whose day is over by {@code now}; returns how many. */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public int markDaysOver(Instant now) {
    NoShows self = context.getBusinessObject(NoShows.class);
    int marked = 0;
    for (long id : self.candidates(now)) {
      if (self.markIfDayOver(id, now)) {
        marked++;
      }
    }
    return marked;
  }

  public List<Long> candidates(Instant now) {
    return reservations.confirmedEndedIds(now, 1000);
  }

  public boolean markIfDayOver(long reservationId, Instant now) {
    Reservation r = reservations.lock(reservationId).orElse(null);
    if (r == null
        || r.status() != ReservationStatus.CONFIRMED
        || !r.visitDayIsOverAt(now, r.slot().offering().venue().timeZone())) {
      return false;
    }
    if (!r.markNoShow(now, Duration.ZERO)) {
      return false;
    }
    noShows.fire(new ReservationMarkedNoShow(r.id(), now));
    return true;
  }
}
