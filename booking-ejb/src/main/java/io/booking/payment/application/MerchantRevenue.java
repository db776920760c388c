package io.booking.payment.application;

import io.booking.catalog.application.MerchantCatalog;
import io.booking.catalog.domain.Venue;
import io.booking.catalog.domain.VenueRepository;
import io.booking.payment.domain.RevenueQueries;
import io.booking.reservation.application.VenueRevenue;
import io.booking.shared.domain.InvalidInputException;
import io.booking.shared.domain.Money;
import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * A venue's money for its merchant over the dashboard's period (the bookings whose slots start in
 * it, by the venue's calendar), per currency: paid, refunded, released to the merchant, the
 * platform's commission, and what escrow still holds. Only the venue's owner reads it (404
 * otherwise).
 */
@Stateless
@LocalBean
@Local(VenueRevenue.class)
public class MerchantRevenue implements VenueRevenue {

  /** The longest period read at once, as the dashboard's. */
  public static final int MAX_DAYS = 366;

  @Inject VenueRepository venues;

  @Inject RevenueQueries queries;

  @Override
  public List<CurrencyFigures> ofVenue(
      long ownerAccountId, long venueId, LocalDate from, LocalDate to) {
    Venue venue = MerchantCatalog.owned(venues, ownerAccountId, venueId);
    if (from == null || to == null) {
      throw new InvalidInputException("from", "from and to are required (YYYY-MM-DD)");
    }
    if (to.isBefore(from)) {
      throw new InvalidInputException("to", "must not be before from");
    }
    if (ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
      throw new InvalidInputException("to", "at most " + MAX_DAYS + " days at once");
    }
    ZoneId zone = venue.timeZone();
    return queries
        .ofVenue(
            venue.merchant().id(),
            venueId,
            from.atStartOfDay(zone).toInstant(),
            to.plusDays(1).atStartOfDay(zone).toInstant())
        .stream()
        .map(
            r ->
                new CurrencyFigures(
                    r.currency(),
                    Money.ofMinor(r.paid(), r.currency()),
                    Money.ofMinor(r.refunded(), r.currency()),
                    Money.ofMinor(r.released(), r.currency()),
                    Money.ofMinor(r.commission(), r.currency()),
                    Money.ofMinor(r.held(), r.currency())))
        .toList();
  }
}
