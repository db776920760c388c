package io.booking.payment.infrastructure;

import io.booking.payment.domain.Payout;
import io.booking.payment.domain.PayoutRecord;
import io.booking.payment.domain.PayoutRecords;
import io.booking.payment.domain.PayoutStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

/** Settlement's payouts as reconciliation reads them (decisions 26 and 27). */
@ApplicationScoped
public class JpaPayoutRecords implements PayoutRecords {

  @PersistenceContext(unitName = "booking")
  private EntityManager em;

  @Override
  public boolean tracked() {
    return true;
  }

  @Override
  public List<PayoutRecord> byKeys(Collection<String> payoutKeys) {
    if (payoutKeys.isEmpty()) {
      return List.of();
    }
    return em.createNamedQuery("Payout.byKeys", Payout.class)
        .setParameter("keys", payoutKeys)
        .getResultStream()
        .map(JpaPayoutRecords::record)
        .toList();
  }

  @Override
  public List<PayoutRecord> paidBetween(Instant from, Instant to) {
    return em.createNamedQuery("Payout.paidBetween", Payout.class)
        .setParameter("from", from)
        .setParameter("to", to)
        .getResultStream()
        .map(JpaPayoutRecords::record)
        .toList();
  }

  private static PayoutRecord record(Payout p) {
    return new PayoutRecord(
        p.payoutKey(),
        p.providerPayoutId(),
        p.amount(),
        p.status() == PayoutStatus.PAID ? p.completedAt() : null);
  }
}
