package io.booking.payment.application;

import io.booking.payment.domain.Finding;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A reconciliation run for an administrator: its window, how many of the provider's lines matched
 * the platform's records, and the mismatches ({@code mismatchCount} of them; at most {@link
 * Reconciliation#MAX_SHOWN} are listed).
 */
public record ReconciliationView(
    long id,
    String trigger,
    LocalDate runDay,
    String provider,
    Instant windowFrom,
    Instant windowTo,
    Instant startedAt,
    Instant finishedAt,
    int matched,
    int mismatchCount,
    String status,
    List<Finding> mismatches) {

  public ReconciliationView {
    mismatches = List.copyOf(mismatches);
  }

  public boolean clean() {
    return mismatchCount == 0;
  }
}
