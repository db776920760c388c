package io.booking.catalog.application;

import io.booking.catalog.domain.VenueRepository;
import io.booking.catalog.domain.VenueSearch;
import io.booking.shared.domain.Page;
import io.booking.shared.domain.UnknownObjectException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * Finding venues and what they offer. Read-only, so without a transaction of its own (SUPPORTS): a
 * search costs no transaction and no autocommit round trips.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class CatalogService {

  @Inject VenueRepository venues;

  public Page<VenueView> search(VenueSearch search) {
    return venues.search(search).map(v -> VenueView.summary(v, search.near()));
  }

  @jakarta.ejb.EJB VenuePhotos photos;

  public VenueView venue(long venueId) {
    return venues
        .findById(venueId)
        .map(VenueView::details)
        .map(v -> v.withPhotos(photos.idsOf(venueId)))
        .orElseThrow(() -> new UnknownObjectException("venue", venueId));
  }

  /** What a booking of this many people pays online (0 when the offering is paid at the venue). */
  public io.booking.shared.domain.Money dueOnline(long offeringId, int partySize) {
    return venues
        .findOffering(offeringId)
        .map(o -> o.dueOnline(partySize))
        .orElseThrow(() -> new UnknownObjectException("offering", offeringId));
  }

  public OfferingView offering(long offeringId) {
    return venues
        .findOffering(offeringId)
        .map(OfferingView::of)
        .orElseThrow(() -> new UnknownObjectException("offering", offeringId));
  }
}
