package io.booking.catalog.application;

import io.booking.catalog.domain.Merchant;
import io.booking.catalog.domain.Offering;
import io.booking.catalog.domain.Venue;
import io.booking.catalog.domain.VenueRepository;
import io.booking.catalog.domain.VenueTimeZoneChanged;
import io.booking.shared.domain.BusinessConflictException;
import io.booking.shared.domain.UnknownObjectException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;

/** A merchant's own venues. Anyone else's venue is unknown to them, never "forbidden". */
@Stateless
public class MerchantCatalog {

  @Inject VenueRepository venues;

  @Inject java.time.Clock clock;

  @jakarta.ejb.EJB VenuePhotos photos;

  @Inject jakarta.enterprise.event.Event<VenueTimeZoneChanged> zoneChanged;

  public List<VenueView> venuesOf(long ownerAccountId) {
    return venues.findOwnedBy(ownerAccountId).stream().map(VenueView::details).toList();
  }

  public VenueView venueOf(long ownerAccountId, long venueId) {
    return VenueView.details(owned(venues, ownerAccountId, venueId))
        .withPhotos(photos.idsOf(venueId));
  }

  /** Opens a venue for the merchant this account runs. */
  public VenueView createVenue(long ownerAccountId, VenueSpec spec) {
    spec.check();
    Merchant merchant =
        venues
            .findMerchantOwnedBy(ownerAccountId)
            .orElseThrow(
                () ->
                    new BusinessConflictException(
                        "not-a-merchant", "Only a merchant can open venues; apply to become one."));
    Venue venue =
        venues.addVenue(
            new Venue(
                merchant,
                spec.name().strip(),
                spec.categoryValue(),
                spec.description(),
                spec.address(),
                spec.location(),
                spec.zone(),
                clock.instant()));
    venue.changeOpeningHours(spec.hours());
    spec.limitOf(venue);
    return VenueView.details(venue);
  }

  public VenueView updateVenue(long ownerAccountId, long venueId, VenueSpec spec) {
    spec.check();
    Venue venue = owned(venues, ownerAccountId, venueId);
    java.time.ZoneId zoneBefore = venue.timeZone();
    venue.update(
        spec.name().strip(),
        spec.categoryValue(),
        spec.description(),
        spec.address(),
        spec.location(),
        spec.zone());
    venue.changeOpeningHours(spec.hours());
    spec.limitOf(venue);
    if (!zoneBefore.equals(venue.timeZone())) {
      zoneChanged.fire(
          new VenueTimeZoneChanged(
              venueId,
              zoneBefore,
              venue.timeZone(),
              venue.offerings().stream().map(Offering::id).toList()));
    }
    return VenueView.details(venue);
  }

  public OfferingView addOffering(long ownerAccountId, long venueId, OfferingSpec spec) {
    spec.check();
    Venue venue = owned(venues, ownerAccountId, venueId);
    Offering offering =
        venues.addOffering(
            venue.offer(
                spec.name().strip(),
                spec.durationMinutes(),
                spec.capacity(),
                spec.maxPartySize(),
                spec.price(),
                spec.cancellationHours()));
    offering.changeBookingWindow(spec.leadMinutesOrDefault(), spec.horizonDaysOrDefault());
    offering.changePaymentTerms(spec.paymentTerms());
    return OfferingView.of(offering);
  }

  public OfferingView offeringOf(long ownerAccountId, long offeringId) {
    return OfferingView.of(ownedOffering(venues, ownerAccountId, offeringId));
  }

  /** The offering, when this account owns its venue; otherwise 404. */
  public static Offering ownedOffering(
      VenueRepository venues, long ownerAccountId, long offeringId) {
    return venues
        .findOffering(offeringId)
        .filter(o -> o.venue().merchant().ownerAccountId() == ownerAccountId)
        .orElseThrow(() -> new UnknownObjectException("offering", offeringId));
  }

  /** The venue, when this account owns it; otherwise 404. */
  public static Venue owned(VenueRepository venues, long ownerAccountId, long venueId) {
    return venues
        .findById(venueId)
        .filter(v -> v.merchant().ownerAccountId() == ownerAccountId)
        .orElseThrow(() -> new UnknownObjectException("venue", venueId));
  }
}
