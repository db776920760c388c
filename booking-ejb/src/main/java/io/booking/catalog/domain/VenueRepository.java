package io.booking.catalog.domain;

import io.booking.shared.domain.Page;
import java.util.List;
import java.util.Optional;

public interface VenueRepository {

  Optional<Venue> findById(long id);

  Optional<Offering> findOffering(long offeringId);

  /** The venue, its row locked until the transaction ends (rules that count a venue's things). */
  Optional<Venue> lockVenue(long venueId);

  /**
   * The offering, its row locked until the transaction ends: every change to its schedule, capacity
   * or slots takes this lock first, so such changes (and the hourly slot generation) run one after
   * another.
   */
  Optional<Offering> lockOffering(long offeringId);

  Page<Venue> search(VenueSearch search);

  List<Long> offeringIds();

  Merchant addMerchant(Merchant merchant);

  Venue addVenue(Venue venue);

  Offering addOffering(Offering offering);

  Optional<Merchant> findMerchantOwnedBy(long accountId);

  /** Every merchant, by name: administrators pick one, and see whose a statement is. */
  List<Merchant> merchants();

  List<Venue> findOwnedBy(long ownerAccountId);
}
