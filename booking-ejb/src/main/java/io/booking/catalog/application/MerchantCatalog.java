package io.booking.catalog.application;

import io.booking.catalog.domain.Venue;
import io.booking.catalog.domain.VenueRepository;
import io.booking.shared.domain.UnknownObjectException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;

/** A merchant's own venues. Anyone else's venue is unknown to them, never "forbidden". */
@Stateless
public class MerchantCatalog {

  @Inject VenueRepository venues;

  public List<VenueView> venuesOf(long ownerAccountId) {
    return venues.findOwnedBy(ownerAccountId).stream().map(VenueView::details).toList();
  }

  public VenueView venueOf(long ownerAccountId, long venueId) {
    return VenueView.details(owned(venues, ownerAccountId, venueId));
  }

  /** The venue, when this account owns it; otherwise 404. */
  public static Venue owned(VenueRepository venues, long ownerAccountId, long venueId) {
    return venues
        .findById(venueId)
        .filter(v -> v.merchant().ownerAccountId() == ownerAccountId)
        .orElseThrow(() -> new UnknownObjectException("venue", venueId));
  }
}
