package io.booking.demo;

import io.booking.inventory.application.ScheduleService;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Loads the demo world at startup when demo mode is on, then fills its slot window. */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class DemoData {

  private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

  @Inject
  @ConfigProperty(name = "booking.demo", defaultValue = "false")
  boolean demo;

  @EJB DemoWorld world;

  @EJB ScheduleService schedules;

  @PostConstruct
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void loadIfWanted() {
    if (!demo) {
      return;
    }
    try {
      List<Long> offerings = world.create();
      for (long offeringId : offerings) {
        schedules.generateAhead(offeringId);
      }
      if (!offerings.isEmpty()) {
        world.bookTodayAtJadeGarden();
        LOG.info("Demo data loaded: " + offerings.size() + " offerings with their slots");
      }
    } catch (RuntimeException e) {
      // Another instance loaded it at the same moment; its data serves this one too.
      LOG.log(Level.WARNING, "Demo data not loaded: " + e.getMessage(), e);
    }
  }
}
