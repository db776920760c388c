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
 * Sweeps lapsed holds twice a minute. The holds and their expiry times live in the database, so a
 * restart loses nothing: the first sweep after it catches up, however many lapsed meanwhile.
 * Several instances may sweep at once; the row lock in {@link ReservationService#expireHold} lets
 * each hold lapse exactly once.
 */
@Singleton
public class HoldExpiry {

  private static final Logger LOG = Logger.getLogger(HoldExpiry.class.getName());

  @EJB ReservationService reservations;

  @Inject Clock clock;

  @Schedule(hour = "*", minute = "*", second = "*/30", persistent = false)
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void sweep() {
    int expired = releaseLapsed(clock.instant());
    if (expired > 0) {
      LOG.info(() -> expired + " lapsed holds released");
    }
  }

  /** Pass after pass until none is left: a pass reads a bounded batch, an outage may leave more. */
  private int releaseLapsed(Instant now) {
    int total = 0;
    for (int n = reservations.expireHolds(now); n > 0; n = reservations.expireHolds(now)) {
      total += n;
    }
    return total;
  }
}
