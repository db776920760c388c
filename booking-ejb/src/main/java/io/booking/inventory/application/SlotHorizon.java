package io.booking.inventory.application;

import io.booking.catalog.domain.VenueRepository;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps the rolling window of slots filled: every hour, each offering gets the slots it is missing
 * up to the horizon. Every instance may run it; the work is idempotent because existing slots are
 * skipped and (offering, start) is unique in the database.
 */
@Singleton
public class SlotHorizon {

  private static final Logger LOG = Logger.getLogger(SlotHorizon.class.getName());

  @Inject VenueRepository venues;

  @EJB ScheduleService schedules;

  @Schedule(hour = "*", minute = "7", persistent = false)
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void extend() {
    for (long offeringId : venues.offeringIds()) {
      try {
        schedules.generateAhead(offeringId);
      } catch (RuntimeException e) {
        // Another instance generated the same slots at the same moment; the next run catches up.
        LOG.log(Level.FINE, "Slot generation for offering " + offeringId + " deferred", e);
      }
    }
  }
}
