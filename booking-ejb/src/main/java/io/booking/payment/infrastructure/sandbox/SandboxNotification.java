package io.booking.payment.infrastructure.sandbox;

import io.booking.payment.domain.PaymentProvider.EventType;
import io.booking.payment.domain.PaymentProvider.ProviderEvent;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One delivery of a notification in the sandbox's outbox: written with the change it reports, sent
 * after that commit by {@link SandboxDelivery}. Once written, only {@link SandboxOutbox}'s
 * conditional updates change it (claims, outcomes), never this entity.
 */
@Entity
@Table(name = "sandbox_notification")
@NamedQuery(
    name = "SandboxNotification.findDue",
    query =
        "SELECT n FROM SandboxNotification n WHERE n.nextAttemptAt <= :now"
            + " ORDER BY n.nextAttemptAt, n.id")
@NamedQuery(
    name = "SandboxNotification.findBySubject",
    query =
        "SELECT n FROM SandboxNotification n WHERE n.subjectId = :subject"
            + " ORDER BY n.createdAt, n.nextAttemptAt")
public class SandboxNotification {

  @Id
  @Column(name = "id", length = 40)
  private String id;

  @Column(name = "event_id", nullable = false, length = 40)
  private String eventId;

  @Enumerated(EnumType.STRING)
  @Column(name = "event_type", nullable = false, length = 24)
  private EventType eventType;

  @Column(name = "subject_id", nullable = false, length = 40)
  private String subjectId;

  @Column(name = "target_url", nullable = false, length = 2000)
  private String targetUrl;

  @Column(name = "body", nullable = false, length = 2000)
  private String body;

  @Column(name = "attempts", nullable = false)
  private int attempts;

  @Column(name = "next_attempt_at")
  private Instant nextAttemptAt;

  @Column(name = "last_status")
  private Integer lastStatus;

  @Column(name = "last_error", length = 300)
  private String lastError;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "delivered_at")
  private Instant deliveredAt;

  @Column(name = "given_up_at")
  private Instant givenUpAt;

  protected SandboxNotification() {}

  SandboxNotification(
      ProviderEvent event, String subjectId, String targetUrl, Instant now, Instant firstAttempt) {
    this.id = SandboxIds.next(SandboxIds.NOTIFICATION);
    this.eventId = event.eventId();
    this.eventType = event.type();
    this.subjectId = subjectId;
    this.targetUrl = targetUrl;
    this.body = EventBodies.write(event);
    this.createdAt = now;
    this.nextAttemptAt = firstAttempt;
  }

  String id() {
    return id;
  }

  String eventId() {
    return eventId;
  }

  EventType eventType() {
    return eventType;
  }

  String targetUrl() {
    return targetUrl;
  }

  String body() {
    return body;
  }

  int attempts() {
    return attempts;
  }

  Instant createdAt() {
    return createdAt;
  }

  Instant nextAttemptAt() {
    return nextAttemptAt;
  }

  Instant deliveredAt() {
    return deliveredAt;
  }

  Instant givenUpAt() {
    return givenUpAt;
  }

  Integer lastStatus() {
    return lastStatus;
  }

  String subjectId() {
    return subjectId;
  }
}
