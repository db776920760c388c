package io.booking.payment.domain;

import java.time.Instant;
import java.util.List;

/** A merchant's money per currency, read from the payments and the ledger in SQL. */
public interface RevenueQueries {

  /**
   * One currency's figures, in minor units, over the bookings of a venue whose slots start in
   * [from, to): paid (payments that went through), refunded (what the provider gave back), released
   * to the merchant (ESCROW → MERCHANT_PAYABLE), commission (ESCROW → PLATFORM_COMMISSION) and held
   * (PENDING into the merchant's ESCROW that no POST or VOID resolved yet).
   */
  record CurrencyRevenue(
      String currency, long paid, long refunded, long released, long commission, long held) {}

  List<CurrencyRevenue> ofVenue(long merchantId, long venueId, Instant from, Instant to);
}
