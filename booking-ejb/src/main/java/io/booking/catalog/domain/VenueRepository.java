package io.booking.catalog.domain;

import io.booking.shared.domain.Page;
import java.util.List;
import java.util.Optional;

public interface VenueRepository {

  Optional<Venue> findById(long id);

  Optional<Offering> findOffering(long offeringId);

  Page<Venue> search(VenueSearch search);

  List<Long> offeringIds();

  Merchant addMerchant(Merchant merchant);

  Venue addVenue(Venue venue);

  Offering addOffering(Offering offering);

  Optional<Merchant> findMerchantOwnedBy(long accountId);

  List<Venue> findOwnedBy(long ownerAccountId);
}
