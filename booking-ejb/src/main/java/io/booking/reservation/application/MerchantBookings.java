package io.booking.reservation.application;

import io.booking.catalog.application.MerchantCatalog;
import io.booking.catalog.domain.Venue;
import io.booking.catalog.domain.VenueRepository;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;

/** The bookings of a merchant's own venue, day by day. */
@Stateless
public class MerchantBookings {

  @Inject VenueRepository venues;

  @Inject VenueDayList dayLists;

  public List<DeskEntry> bookingsOn(long ownerAccountId, long venueId, LocalDate day) {
    Venue venue = MerchantCatalog.owned(venues, ownerAccountId, venueId);
    return dayLists.of(venue, day);
  }

  public LocalDate today(long ownerAccountId, long venueId) {
    return LocalDate.now(MerchantCatalog.owned(venues, ownerAccountId, venueId).timeZone());
  }
}
