package io.booking.payment.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One comparison of the ledger with the provider over a window of time: who asked (the daily job,
 * once per day by {@code runDay}'s unique key, or an administrator), how many provider lines
 * matched and how many mismatches were found ({@link ReconciliationMismatch}).
 */
@Entity
@Table(name = "reconciliation_run")
@NamedQuery(
    name = "ReconciliationRun.latest",
    query = "SELECT r FROM ReconciliationRun r ORDER BY r.startedAt DESC, r.id DESC")
public class ReconciliationRun {

  /** Who started a run. */
  public enum Trigger {
    DAILY,
    ON_DEMAND
  }

  public static final String CLEAN = "CLEAN";
  public static final String MISMATCHED = "MISMATCHED";

  @Id
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "reconciliation_run_id")
  private Long id;

  @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
  @Column(name = "run_trigger", nullable = false, updatable = false, length = 16)
  private Trigger trigger;

  @Column(name = "run_day", updatable = false)
  private LocalDate runDay;

  @Column(name = "provider", nullable = false, updatable = false, length = 32)
  private String provider;

  @Column(name = "window_from", nullable = false, updatable = false)
  private Instant windowFrom;

  @Column(name = "window_to", nullable = false, updatable = false)
  private Instant windowTo;

  @Column(name = "started_at", nullable = false, updatable = false)
  private Instant startedAt;

  @Column(name = "finished_at")
  private Instant finishedAt;

  @Column(name = "matched_count", nullable = false)
  private int matchedCount;

  @Column(name = "mismatch_count", nullable = false)
  private int mismatchCount;

  @Column(name = "status", nullable = false, length = 16)
  private String status;

  @Column(name = "requested_by", updatable = false)
  private Long requestedBy;

  @Version
  @Column(name = "version")
  private long version;

  protected ReconciliationRun() {}

  private ReconciliationRun(
      Trigger trigger,
      LocalDate runDay,
      Long requestedBy,
      String provider,
      Instant from,
      Instant to,
      Instant now) {
    if (!from.isBefore(to)) {
      throw new IllegalArgumentException("a window ends after it starts");
    }
    this.trigger = trigger;
    this.runDay = runDay;
    this.requestedBy = requestedBy;
    this.provider = provider;
    this.windowFrom = from;
    this.windowTo = to;
    this.startedAt = now;
    this.status = CLEAN;
  }

  /** The daily job's run of {@code day}: one per day, whichever instance gets there first. */
  public static ReconciliationRun daily(
      LocalDate day, String provider, Instant from, Instant to, Instant now) {
    return new ReconciliationRun(Trigger.DAILY, day, null, provider, from, to, now);
  }

  public static ReconciliationRun onDemand(
      long administratorId, String provider, Instant from, Instant to, Instant now) {
    return new ReconciliationRun(Trigger.ON_DEMAND, null, administratorId, provider, from, to, now);
  }

  public void finished(int matched, int mismatches, Instant now) {
    this.matchedCount = matched;
    this.mismatchCount = mismatches;
    this.status = mismatches == 0 ? CLEAN : MISMATCHED;
    this.finishedAt = now;
  }

  public Long id() {
    return id;
  }

  public Trigger trigger() {
    return trigger;
  }

  public LocalDate runDay() {
    return runDay;
  }

  public String provider() {
    return provider;
  }

  public Instant windowFrom() {
    return windowFrom;
  }

  public Instant windowTo() {
    return windowTo;
  }

  public Instant startedAt() {
    return startedAt;
  }

  public Instant finishedAt() {
    return finishedAt;
  }

  public int matchedCount() {
    return matchedCount;
  }

  public int mismatchCount() {
    return mismatchCount;
  }

  public String status() {
    return status;
  }
}
