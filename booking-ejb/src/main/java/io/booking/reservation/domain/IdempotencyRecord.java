package io.booking.reservation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** Remembers which reservation a client's Idempotency-Key produced, and for which request. */
@Entity
@Table(name = "idempotency_record")
@IdClass(IdempotencyRecord.Key.class)
public class IdempotencyRecord {

  @Id
  @Column(name = "account_id")
  private Long accountId;

  @Id
  @Column(name = "idem_key", length = 100)
  private String key;

  @Column(name = "request_hash", nullable = false, length = 64)
  private String requestHash;

  @Column(name = "reservation_id")
  private Long reservationId;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected IdempotencyRecord() {}

  public IdempotencyRecord(long accountId, String key, String requestHash, Instant createdAt) {
    this.accountId = accountId;
    this.key = key;
    this.requestHash = requestHash;
    this.createdAt = createdAt;
  }

  public boolean isFor(String hash) {
    return requestHash.equals(hash);
  }

  public void producedReservation(long id) {
    this.reservationId = id;
  }

  public Long reservationId() {
    return reservationId;
  }

  /** The composite key. */
  public static class Key implements Serializable {
    private Long accountId;
    private String key;

    public Key() {}

    public Key(Long accountId, String key) {
      this.accountId = accountId;
      this.key = key;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k
          && Objects.equals(accountId, k.accountId)
          && Objects.equals(key, k.key);
    }

    @Override
    public int hashCode() {
      return Objects.hash(accountId, key);
    }
  }
}
