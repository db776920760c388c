package io.booking.payment.infrastructure;

import io.booking.payment.domain.PayoutRecord;
import io.booking.payment.domain.PayoutRecords;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

/**
 * No payout records yet: settlement (its payout table) replaces this with a query of its own, and
 * until then the provider's PAYOUT lines are not compared.
 */
@ApplicationScoped
public class NoPayoutRecords implements PayoutRecords {

  @Override
  public boolean tracked() {
    return false;
  }

  @Override
  public List<PayoutRecord> byKeys(Collection<String> payoutKeys) {
    return List.of();
  }

  @Override
  public List<PayoutRecord> paidBetween(Instant from, Instant to) {
    return List.of();
  }
}
