package io.booking.payment.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

/**
 * The platform's payouts as reconciliation reads them: settlement's records, behind a query of
 * their own so that the reconciliation does not depend on how settlement stores them. While {@link
 * #tracked()} is false (no payout records exist yet) the provider's PAYOUT lines are not compared.
 */
public interface PayoutRecords {

  /** Whether the platform records payouts; if not, PAYOUT lines are left out of the comparison. */
  boolean tracked();

  /** The payouts with these keys (the provider's PAYOUT lines name them as their reference). */
  List<PayoutRecord> byKeys(Collection<String> payoutKeys);

  /** The payouts confirmed paid in [from, to). */
  List<PayoutRecord> paidBetween(Instant from, Instant to);
}
