package io.booking.reservation.application;

import io.booking.shared.domain.Money;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * What a booking needs of online payment, implemented by the payment context (which comes after
 * reservation and may use it; reservation only knows this port).
 */
public interface OnlinePayments {

  /** Opens the payment of a booking just held, in the booking's transaction. */
  PaymentSummary open(long reservationId, long accountId, long venueId, Money amount);

  /**
   * Starts the checkout at the provider, in a transaction of its own after the booking committed.
   * When the provider cannot be reached the payment stays PENDING without a checkout URL.
   */
  PaymentSummary checkout(long reservationId);

  Optional<PaymentSummary> of(long reservationId);

  Map<Long, PaymentSummary> of(Collection<Long> reservationIds);
}
