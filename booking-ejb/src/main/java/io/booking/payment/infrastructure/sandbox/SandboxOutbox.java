package io.booking.payment.infrastructure.sandbox;

import io.booking.payment.domain.PaymentProvider.ProviderEvent;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The sandbox's outbox of notifications. A notification is queued in the transaction that made the
 * change it reports, so it exists exactly when the change committed; delivery reads it afterwards.
 *
 * <p>A delivery attempt is claimed with one conditional UPDATE (the row's attempt count as it was
 * read, and due), which moves its next attempt a lease ahead: of two instances (or two timer runs)
 * that read the same due row, exactly one claims that attempt and sends it. When the sender dies
 * before recording the outcome, the lease runs out and the row is tried again: delivery is at least
 * once, as with a real provider, and receivers deduplicate by event id.
 */
@Stateless
public class SandboxOutbox {

  /** How long a claimed attempt is the claimer's: longer than a delivery can take. */
  static final Duration LEASE = Duration.ofSeconds(60);

  /** A notification due for delivery, as read before its claim. */
  public record Due(
      String id,
      String eventId,
      String subjectId,
      String targetUrl,
      String body,
      int attempts,
      Instant createdAt) {}

  @PersistenceContext(unitName = "booking")
  EntityManager em;

  /** Queues one delivery of the event, first tried at {@code firstAttempt}. */
  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public void queue(
      ProviderEvent event, String subjectId, String targetUrl, Instant now, Instant firstAttempt) {
    em.persist(new SandboxNotification(event, subjectId, targetUrl, now, firstAttempt));
  }

  /** Up to {@code max} notifications due at {@code now}, those due longest first. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public List<Due> due(Instant now, int max) {
    return em
        .createNamedQuery("SandboxNotification.findDue", SandboxNotification.class)
        .setParameter("now", now)
        .setMaxResults(max)
        .getResultList()
        .stream()
        .map(
            n ->
                new Due(
                    n.id(),
                    n.eventId(),
                    n.subjectId(),
                    n.targetUrl(),
                    n.body(),
                    n.attempts(),
                    n.createdAt()))
        .toList();
  }

  /**
   * Claims the next attempt of a notification read with {@code attemptsRead} attempts; true for
   * exactly one claimer of each attempt.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public boolean claim(String id, int attemptsRead, Instant now) {
    return em.createNativeQuery(
                "UPDATE sandbox_notification SET attempts = attempts + 1, next_attempt_at = ?"
                    + " WHERE id = ? AND attempts = ? AND next_attempt_at <= ?")
            .setParameter(1, utc(now.plus(LEASE)))
            .setParameter(2, id)
            .setParameter(3, attemptsRead)
            .setParameter(4, utc(now))
            .executeUpdate()
        == 1;
  }

  /** The receiver answered 2xx: never sent again. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void delivered(String id, int status, Instant now) {
    em.createNativeQuery(
            "UPDATE sandbox_notification SET delivered_at = ?, next_attempt_at = NULL,"
                + " last_status = ?, last_error = NULL WHERE id = ? AND delivered_at IS NULL")
        .setParameter(1, utc(now))
        .setParameter(2, status)
        .setParameter(3, id)
        .executeUpdate();
  }

  /**
   * The {@code attempt}-th attempt failed (another status, no answer): tried again after the
   * backoff, or given up a day after it was queued. Changes nothing when a later attempt has been
   * claimed meanwhile (this one outlived its lease) or the notification was delivered.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void failed(
      String id, int attempt, Integer status, String error, Instant queuedAt, Instant now) {
    boolean givesUp = Backoff.givesUp(queuedAt, now);
    // No NULL is bound as a parameter: drivers and EclipseLink disagree on a NULL's type.
    em.createNativeQuery(
            "UPDATE sandbox_notification SET "
                + (givesUp
                    ? "next_attempt_at = NULL, given_up_at = ?"
                    : "next_attempt_at = ?, given_up_at = NULL")
                + ", last_status = "
                + (status == null ? "NULL" : status.intValue())
                + ", last_error = ?"
                + " WHERE id = ? AND attempts = ? AND delivered_at IS NULL")
        .setParameter(1, givesUp ? utc(now) : utc(now.plus(Backoff.after(attempt))))
        .setParameter(2, error == null ? "" : truncated(error, 300))
        .setParameter(3, id)
        .setParameter(4, attempt)
        .executeUpdate();
  }

  /** Every delivery queued about a payment (its own and its refunds') or a payout, oldest first. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public List<SandboxNotification> about(String subjectId) {
    return em.createNamedQuery("SandboxNotification.findBySubject", SandboxNotification.class)
        .setParameter("subject", subjectId)
        .getResultList();
  }

  private static LocalDateTime utc(Instant instant) {
    return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
  }

  private static String truncated(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max);
  }
}
