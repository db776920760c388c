package io.booking.catalog.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A business that runs venues, owned by one account. */
@Entity
@Table(name = "merchant")
public class Merchant {

  @Id
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "merchant_id")
  private Long id;

  @Column(name = "owner_account_id", nullable = false)
  private Long ownerAccountId;

  @Column(name = "name", nullable = false, length = 120)
  private String name;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Version
  @Column(name = "version")
  private long version;

  protected Merchant() {}

  public Merchant(long ownerAccountId, String name, Instant createdAt) {
    this.ownerAccountId = ownerAccountId;
    this.name = name;
    this.createdAt = createdAt;
  }

  public Long id() {
    return id;
  }

  public Long ownerAccountId() {
    return ownerAccountId;
  }

  public String name() {
    return name;
  }
}
