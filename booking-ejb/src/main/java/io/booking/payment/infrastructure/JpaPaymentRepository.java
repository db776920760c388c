package io.booking.payment.infrastructure;

import io.booking.payment.domain.DuplicateDeliveryException;
import io.booking.payment.domain.Payment;
import io.booking.payment.domain.PaymentEvent;
import io.booking.payment.domain.PaymentRefund;
import io.booking.payment.domain.PaymentRepository;
import io.booking.platform.infrastructure.UniqueKeys;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaPaymentRepository implements PaymentRepository {

  @PersistenceContext(unitName = "booking")
  EntityManager em;

  @Override
  public Payment add(Payment payment) {
    em.persist(payment);
    em.flush();
    return payment;
  }

  @Override
  public Optional<Payment> findById(long id) {
    return Optional.ofNullable(em.find(Payment.class, id));
  }

  /**
   * Locks and re-reads, also when the payment was read (from an older snapshot) earlier in this
   * transaction; what this transaction changed is written first, so the re-read keeps it.
   */
  @Override
  public Optional<Payment> lock(long id) {
    Payment known = em.find(Payment.class, id);
    if (known == null) {
      return Optional.empty();
    }
    em.flush();
    em.refresh(known, LockModeType.PESSIMISTIC_WRITE);
    return Optional.of(known);
  }

  @Override
  public Optional<Payment> findByReservation(long reservationId) {
    return em.createNamedQuery("Payment.byReservation", Payment.class)
        .setParameter("reservationId", reservationId)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<Payment> findByReservations(Collection<Long> reservationIds) {
    if (reservationIds.isEmpty()) {
      return List.of();
    }
    return em.createNamedQuery("Payment.byReservations", Payment.class)
        .setParameter("reservationIds", reservationIds)
        .getResultList();
  }

  @Override
  public PaymentRefund requestRefund(PaymentRefund refund) {
    Optional<PaymentRefund> earlier =
        em.createNamedQuery("PaymentRefund.byKey", PaymentRefund.class)
            .setParameter("refundKey", refund.refundKey())
            .getResultStream()
            .findFirst();
    if (earlier.isPresent()) {
      return earlier.get();
    }
    em.persist(refund);
    em.flush();
    return refund;
  }

  @Override
  public Optional<PaymentRefund> lockRefund(long refundId) {
    return Optional.ofNullable(
        em.find(PaymentRefund.class, refundId, LockModeType.PESSIMISTIC_WRITE));
  }

  @Override
  public List<PaymentRefund> refundsOf(long paymentId) {
    return em.createNamedQuery("PaymentRefund.byPayment", PaymentRefund.class)
        .setParameter("paymentId", paymentId)
        .getResultList();
  }

  @Override
  public Optional<PaymentRefund> refundByProviderId(String providerRefundId) {
    return em.createNamedQuery("PaymentRefund.byProviderId", PaymentRefund.class)
        .setParameter("providerRefundId", providerRefundId)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<Long> dueRefundIds(Instant now, int max) {
    return em.createNamedQuery("PaymentRefund.dueIds", Long.class)
        .setParameter("now", now)
        .setMaxResults(max)
        .getResultList();
  }

  @Override
  public boolean recordEvent(PaymentEvent event) {
    if (em.find(PaymentEvent.class, event.key()) != null) {
      return false;
    }
    em.persist(event);
    try {
      em.flush();
    } catch (PersistenceException e) {
      if (UniqueKeys.integrityViolation(e)) {
        throw new DuplicateDeliveryException();
      }
      throw e;
    }
    return true;
  }
}
