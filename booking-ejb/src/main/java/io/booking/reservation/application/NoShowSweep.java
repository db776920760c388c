package io.booking.reservation.application;

import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.logging.Logger;

/**
 * Every 15 minutes, so that every time zone's midnight is caught soon after it passes. The
 * reservations live in the database, so the first sweep after a restart marks every day that ended
 * meanwhile.
 */
@Singleton
public class NoShowSweep {

  private static final Logger LOG = Logger.getLogger(NoShowSweep.class.getName());

  @EJB NoShows noShows;

  @Inject Clock clock;

  @Schedule(hour = "*", minute = "*/15", persistent = false)
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void sweep() {
    int marked = markEnded(clock.instant());
    if (marked > 0) {
      LOG.info(() -> marked + " reservations marked no-show at the end of their day");
    }
  }

  /** Pass after pass until none is left: a pass reads a bounded batch, an outage may leave more. */
  private int markEnded(Instant now) {
    int total = 0;
    for (int n = noShows.markDaysOver(now); n > 0; n = noShows.markDaysOver(now)) {
      total += n;
    }
    return total;
  }
}
