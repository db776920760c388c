package io.booking.payment.domain;

import jakarta.ejb.ApplicationException;

/**
 * A twin delivery of a notification committed first (its event id is taken): this transaction is
 * rolled back and the delivery answered as already applied.
 */
@ApplicationException(rollback = true)
public class DuplicateDeliveryException extends RuntimeException {

  public DuplicateDeliveryException() {
    super("notification applied by a twin delivery", null, false, false);
  }
}
