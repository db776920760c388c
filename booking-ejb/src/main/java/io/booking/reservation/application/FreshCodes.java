package io.booking.reservation.application;

import io.booking.reservation.domain.ReservationCodeTakenException;
import java.util.function.Supplier;

/**
 * Runs a transaction that creates a reservation again, with a freshly drawn code, when its code was
 * taken. Codes are checked by the unique key at the INSERT, not by a query before it: a collision
 * is so rare that a retry costs less than a look-up on every booking.
 */
final class FreshCodes {

  private static final int ATTEMPTS = 3;

  private FreshCodes() {}

  /** {@code transaction} must be a business method of its own (it rolls back on a collision). */
  static <T> T retrying(Supplier<T> transaction) {
    for (int attempt = 1; ; attempt++) {
      try {
        return transaction.get();
      } catch (ReservationCodeTakenException taken) {
        if (attempt == ATTEMPTS) {
          throw taken;
        }
      }
    }
  }
}
