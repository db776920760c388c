package io.booking.reservation.application;

import io.booking.shared.domain.Money;
import java.time.LocalDate;
import java.util.List;

/**
 * A venue's money over a period of its dashboard, for its merchant: what the payment context knows
 * (it implements this; reservation never uses payment). The period is the bookings whose slots
 * start in it, by the venue's calendar; another merchant's venue is 404.
 */
public interface VenueRevenue {

  /** One currency's figures. */
  record CurrencyFigures(
      String currency,
      Money paid,
      Money refunded,
      Money released,
      Money commission,
      Money heldInEscrow) {}

  List<CurrencyFigures> ofVenue(long ownerAccountId, long venueId, LocalDate from, LocalDate to);
}
