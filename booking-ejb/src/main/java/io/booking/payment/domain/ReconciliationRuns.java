package io.booking.payment.domain;

import java.util.List;
import java.util.Optional;

/** Where reconciliation runs and their mismatches are kept. */
public interface ReconciliationRuns {

  /**
   * Stores the run at once, so a second daily run of the same day stops here, on the day's unique
   * key ({@link #DAY_KEY}), until the first one's transaction ends, and then fails.
   */
  ReconciliationRun add(ReconciliationRun run);

  /** The unique key that lets one daily run in per day. */
  String DAY_KEY = "uq_reconciliation_run_day";

  void addMismatch(ReconciliationMismatch mismatch);

  /** The run started last. */
  Optional<ReconciliationRun> latest();

  List<ReconciliationMismatch> mismatchesOf(long runId, int max);
}
