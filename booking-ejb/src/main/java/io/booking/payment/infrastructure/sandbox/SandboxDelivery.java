package io.booking.payment.infrastructure.sandbox;

import io.booking.payment.infrastructure.sandbox.NotificationSender.Sent;
import io.booking.payment.infrastructure.sandbox.SandboxOutbox.Due;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * What the sandbox does a moment after a change: completes the refunds and payouts whose time has
 * come, and delivers the notifications that are due. It runs outside any transaction, so nothing is
 * sent from inside the transaction that queued it; each claim and each outcome is a short
 * transaction of its own. Any number of runs may overlap (timers on several instances, a test
 * calling it at once): a claim lets one run send each attempt.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SandboxDelivery {

  /** How many notifications one pass claims. */
  static final int BATCH = 20;

  static final int COMPLETIONS = 100;

  @EJB SandboxOutbox outbox;

  @EJB SandboxRecords records;

  @Inject NotificationSender sender;

  @Inject Clock clock;

  /** Completes what is due; returns how many refunds and payouts completed. */
  public int completeDue() {
    Instant now = clock.instant();
    int completed = 0;
    for (String refund : records.dueRefunds(now, COMPLETIONS)) {
      completed += records.completeRefund(refund, now) ? 1 : 0;
    }
    for (String payout : records.duePayouts(now, COMPLETIONS)) {
      completed += records.completePayout(payout, now) ? 1 : 0;
    }
    return completed;
  }

  /**
   * One pass: claims up to {@link #BATCH} due notifications and sends them, those about one payment
   * (or payout) one after another in their order, different ones in parallel; records each outcome.
   * Returns how many attempts it made (delivered or not): {@link #BATCH} means there may be more
   * due.
   */
  public int deliverDue() {
    Instant now = clock.instant();
    Map<String, List<Due>> bySubject = new LinkedHashMap<>();
    for (Due due : outbox.due(now, BATCH)) {
      if (outbox.claim(due.id(), due.attempts(), now)) {
        bySubject.computeIfAbsent(due.subjectId(), s -> new ArrayList<>()).add(due);
      }
    }
    List<CompletableFuture<List<Sent>>> runs = new ArrayList<>();
    for (List<Due> inOrder : bySubject.values()) {
      CompletableFuture<List<Sent>> run = CompletableFuture.completedFuture(new ArrayList<>());
      for (Due due : inOrder) {
        run =
            run.thenCompose(
                sent ->
                    sender
                        .send(due)
                        .thenApply(
                            s -> {
                              sent.add(s);
                              return sent;
                            }));
      }
      runs.add(run);
    }
    int attempts = 0;
    for (CompletableFuture<List<Sent>> run : runs) {
      for (Sent s : run.join()) {
        Due n = s.notification();
        attempts++;
        if (s.delivered()) {
          outbox.delivered(n.id(), s.status(), clock.instant());
        } else {
          outbox.failed(
              n.id(),
              n.attempts() + 1,
              s.status(),
              s.error() != null ? s.error() : "answered " + s.status(),
              n.createdAt(),
              clock.instant());
        }
      }
    }
    return attempts;
  }
}
