package io.booking.reservation.application;

import io.booking.catalog.application.MerchantCatalog;
import io.booking.catalog.domain.Venue;
import io.booking.catalog.domain.VenueRepository;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;

/** The bookings of a merchant's own venue, day by day. */
@Stateless
public class MerchantBookings {

  @Inject VenueRepository venues;

  @Inject VenueDayList dayLists;

  /** The bookings of a local day; today in the venue's zone when {@code day} is null. */
  public DeskDay bookingsOn(long ownerAccountId, long venueId, LocalDate day) {
    Venue venue = MerchantCatalog.owned(venues, ownerAccountId, venueId);
    return dayLists.of(venue, day);
  }
}
