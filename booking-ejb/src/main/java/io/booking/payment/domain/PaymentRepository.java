package io.booking.payment.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

public interface PaymentRepository {

  /** Stores the payment now (its id is known to the caller at once). */
  Payment add(Payment payment);

  Optional<Payment> findById(long id);

  /** Reads and locks the payment's row until the transaction ends. */
  Optional<Payment> lock(long id);

  Optional<Payment> findByReservation(long reservationId);

  List<Payment> findByReservations(Collection<Long> reservationIds);

  /**
   * Records a refund decision once per payment and reason; the existing one when it was decided
   * before.
   */
  PaymentRefund requestRefund(PaymentRefund refund);

  Optional<PaymentRefund> lockRefund(long refundId);

  /** The payment's refunds, in the order they were decided. */
  List<PaymentRefund> refundsOf(long paymentId);

  Optional<PaymentRefund> refundByProviderId(String providerRefundId);

  List<Long> dueRefundIds(Instant now, int max);

  /**
   * Records a notification as applied in the current transaction.
   *
   * @return false when it was applied before (the key is taken)
   */
  boolean recordEvent(PaymentEvent event);
}
