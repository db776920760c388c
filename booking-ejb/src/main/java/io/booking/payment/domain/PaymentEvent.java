package io.booking.payment.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * A provider notification that was applied, by its event id: inserted in the transaction that
 * applies it, so a repeated delivery fails on the key and changes nothing.
 */
@Entity
@Table(name = "payment_event")
@IdClass(PaymentEvent.Key.class)
public class PaymentEvent {

  @Id
  @Column(name = "provider", length = 32)
  private String provider;

  @Id
  @Column(name = "event_id", length = 100)
  private String eventId;

  @Column(name = "event_type", nullable = false, length = 32)
  private String type;

  @Column(name = "received_at", nullable = false)
  private Instant receivedAt;

  protected PaymentEvent() {}

  public PaymentEvent(String provider, String eventId, String type, Instant receivedAt) {
    this.provider = provider;
    this.eventId = eventId;
    this.type = type;
    this.receivedAt = receivedAt;
  }

  public Key key() {
    return new Key(provider, eventId);
  }

  /** The composite key. */
  public static class Key implements Serializable {
    private String provider;
    private String eventId;

    public Key() {}

    public Key(String provider, String eventId) {
      this.provider = provider;
      this.eventId = eventId;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k
          && Objects.equals(provider, k.provider)
          && Objects.equals(eventId, k.eventId);
    }

    @Override
    public int hashCode() {
      return Objects.hash(provider, eventId);
    }
  }
}
