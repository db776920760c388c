package io.booking.payment.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

/**
 * The platform's side of a reconciliation, read in one transaction: payments with the escrow hold
 * the ledger has for them, and refunds. Every method reads rows as they are, no lock.
 */
public interface ReconciliationRecords {

  /** The provider's payments created, or succeeded, at or after {@code since}. */
  List<PlatformPayment> paymentsSince(String provider, Instant since);

  /** The provider's payments with these ids (a charge line's reference), whenever made. */
  List<PlatformPayment> paymentsByIds(String provider, Collection<Long> ids);

  /** Refunds of the provider's payments created, or completed, at or after {@code since}. */
  List<PlatformRefund> refundsSince(String provider, Instant since);

  /** Refunds with these provider refund ids (a refund line's id), whenever made. */
  List<PlatformRefund> refundsByProviderIds(Collection<String> providerRefundIds);

  /** Refunds of these payments. */
  List<PlatformRefund> refundsOf(Collection<Long> paymentIds);
}
