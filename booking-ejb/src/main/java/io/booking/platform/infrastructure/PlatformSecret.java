package io.booking.platform.infrastructure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A secret the platform made for itself, shared by every instance through the database. */
@Entity
@Table(name = "platform_secret")
public class PlatformSecret {

  @Id
  @Column(name = "name", length = 64)
  private String name;

  @Column(name = "secret_value", nullable = false, length = 512)
  private String value;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected PlatformSecret() {}

  PlatformSecret(String name, String value, Instant createdAt) {
    this.name = name;
    this.value = value;
    this.createdAt = createdAt;
  }

  String value() {
    return value;
  }
}
