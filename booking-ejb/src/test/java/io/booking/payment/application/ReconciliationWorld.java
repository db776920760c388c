package io.booking.payment.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * What the reconciliation tests write past the application: the provider's records changed or made
 * up by SQL (as if the provider had done it), and what they read back.
 */
@Stateless
public class ReconciliationWorld {

  @Inject Clock clock;

  @PersistenceContext(unitName = "booking")
  EntityManager em;

  public String providerPaymentIdOf(long paymentId) {
    return (String)
        em.createNativeQuery("SELECT provider_payment_id FROM payment WHERE id = ?")
            .setParameter(1, paymentId)
            .getSingleResult();
  }

  /** The provider's id of the payment's one refund; null until it was sent. */
  public String providerRefundIdOf(long paymentId) {
    return (String)
        em.createNativeQuery("SELECT provider_refund_id FROM payment_refund WHERE payment_id = ?")
            .setParameter(1, paymentId)
            .getSingleResult();
  }

  /** The sandbox's record of the refund now says another amount. */
  public void sandboxRefundAmount(String providerRefundId, long minor) {
    em.createNativeQuery("UPDATE sandbox_refund SET amount_minor = ? WHERE id = ?")
        .setParameter(1, minor)
        .setParameter(2, providerRefundId)
        .executeUpdate();
  }

  /** A charge the sandbox made just now for a reference the platform never had; returns its id. */
  public String sandboxChargeWithoutPayment(long minor, String currency) {
    String id = "sbx_pay_ghost_" + UUID.randomUUID().toString().substring(0, 20);
    LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    em.createNativeQuery(
            "INSERT INTO sandbox_payment (id, reference, amount_minor, currency, description,"
                + " status, checkout_token, return_url, notification_url, card_last4, created_at,"
                + " completed_at, version) VALUES (?, ?, ?, ?, 'planted', 'SUCCEEDED', ?,"
                + " 'http://platform.test/', 'http://platform.test/', '4242', ?, ?, 0)")
        .setParameter(1, id)
        .setParameter(2, "ghost-" + UUID.randomUUID())
        .setParameter(3, minor)
        .setParameter(4, currency)
        .setParameter(5, UUID.randomUUID().toString())
        .setParameter(6, now)
        .setParameter(7, now)
        .executeUpdate();
    return id;
  }

  public long runsOnDay(LocalDate day) {
    return em.createQuery(
            "SELECT COUNT(r) FROM ReconciliationRun r WHERE r.runDay = :day", Long.class)
        .setParameter("day", day)
        .getSingleResult();
  }
}
