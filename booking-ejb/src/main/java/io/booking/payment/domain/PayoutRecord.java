package io.booking.payment.domain;

import io.booking.shared.domain.Money;
import java.time.Instant;

/**
 * A payout as the platform recorded it, for reconciliation: its key (the reference the provider
 * returns on its PAYOUT line), the provider's id once sent, the amount, and when it was confirmed
 * paid ({@code null} while it is not).
 */
public record PayoutRecord(
    String payoutKey, String providerPayoutId, Money amount, Instant paidAt) {

  public boolean paid() {
    return paidAt != null;
  }
}
