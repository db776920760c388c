package io.booking.inventory.application;

import io.booking.catalog.application.MerchantCatalog;
import io.booking.catalog.application.OfferingSpec;
import io.booking.catalog.application.OfferingView;
import io.booking.catalog.domain.Offering;
import io.booking.catalog.domain.VenueRepository;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** A merchant's schedules and offering changes; anything not the merchant's own is 404. */
@Stateless
public class MerchantSchedules {

  @Inject VenueRepository venues;

  @EJB ScheduleService schedules;

  public ScheduleView schedule(long ownerAccountId, long offeringId) {
    MerchantCatalog.ownedOffering(venues, ownerAccountId, offeringId);
    return schedules.schedule(offeringId);
  }

  public ScheduleChange replaceSchedule(
      long ownerAccountId,
      long offeringId,
      List<RuleSpec> rules,
      Set<LocalDate> blackouts,
      List<ExtraSpec> extras) {
    MerchantCatalog.ownedOffering(venues, ownerAccountId, offeringId);
    return schedules.replaceSchedule(offeringId, rules, blackouts, extras);
  }

  public OfferingView updateOffering(
      long ownerAccountId, long venueId, long offeringId, OfferingSpec spec) {
    Offering offering = MerchantCatalog.ownedOffering(venues, ownerAccountId, offeringId);
    if (offering.venue().id() != venueId) {
      throw new io.booking.shared.domain.UnknownObjectException("offering", offeringId);
    }
    spec.check();
    schedules.updateOffering(offeringId, spec);
    return OfferingView.of(offering);
  }
}
