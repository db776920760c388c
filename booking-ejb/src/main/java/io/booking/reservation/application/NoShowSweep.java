package io.booking.reservation.application;

import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.logging.Logger;

/** Every 15 minutes, so that every time zone's midnight is caught soon after it passes. */
@Singleton
public class NoShowSweep {

  private static final Logger LOG = Logger.getLogger(NoShowSweep.class.getName());

  @EJB NoShows noShows;

  @Inject Clock clock;

  @Schedule(hour = "*", minute = "*/15", persistent = false)
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void sweep() {
    int marked = noShows.markDaysOver(clock.instant());
    if (marked > 0) {
      LOG.info(() -> marked + " reservations marked no-show at the end of their day");
    }
  }
}
