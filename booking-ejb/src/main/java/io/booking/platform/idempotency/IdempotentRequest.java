package io.booking.platform.idempotency;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * A state-changing request a caller made under an Idempotency-Key: which request it was (a
 * fingerprint of its operation and body) and what it produced, so a repeat gets the same answer.
 */
@Entity
@Table(name = "idempotent_request")
@IdClass(IdempotentRequest.Key.class)
public class IdempotentRequest {

  @Id
  @Column(name = "caller_id")
  private Long callerId;

  @Id
  @Column(name = "idem_key", length = 100)
  private String key;

  @Column(name = "request_hash", nullable = false, length = 64)
  private String requestHash;

  @Column(name = "result_type", length = 32)
  private String resultType;

  @Column(name = "result_id")
  private Long resultId;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected IdempotentRequest() {}

  IdempotentRequest(long callerId, String key, String requestHash, Instant createdAt) {
    this.callerId = callerId;
    this.key = key;
    this.requestHash = requestHash;
    this.createdAt = createdAt;
  }

  boolean isFor(String hash) {
    return requestHash.equals(hash);
  }

  void produced(String type, long id) {
    this.resultType = type;
    this.resultId = id;
  }

  Long resultId() {
    return resultId;
  }

  /** The composite key. */
  public static class Key implements Serializable {
    private Long callerId;
    private String key;

    public Key() {}

    public Key(Long callerId, String key) {
      this.callerId = callerId;
      this.key = key;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k
          && Objects.equals(callerId, k.callerId)
          && Objects.equals(key, k.key);
    }

    @Override
    public int hashCode() {
      return Objects.hash(callerId, key);
    }
  }
}
