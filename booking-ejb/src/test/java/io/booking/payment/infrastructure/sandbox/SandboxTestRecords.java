package io.booking.payment.infrastructure.sandbox;

import io.booking.payment.domain.PaymentProvider.ProviderEvent;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.time.Instant;

/** Writes what the tests cannot make happen in real time, such as a notification a day old. */
@Stateless
public class SandboxTestRecords {

  @EJB SandboxOutbox outbox;

  public void queue(
      ProviderEvent event, String subject, String url, Instant queuedAt, Instant firstAttempt) {
    outbox.queue(event, subject, url, queuedAt, firstAttempt);
  }
}
