package io.booking.payment.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** The platform's default commission rate: one row, set by an administrator. */
@Entity
@Table(name = "commission_default")
public class PlatformCommission {

  /** The id of the one row. */
  public static final int ID = 1;

  @Id
  @Column(name = "id")
  private Integer id;

  @Column(name = "basis_points", nullable = false)
  private int basisPoints;

  @Column(name = "updated_at")
  private Instant updatedAt;

  @Column(name = "updated_by")
  private Long updatedBy;

  @Version
  @Column(name = "version")
  private long version;

  protected PlatformCommission() {}

  public CommissionRate rate() {
    return new CommissionRate(basisPoints);
  }

  /** When an administrator last set it; empty for the rate the platform was installed with. */
  public Instant updatedAt() {
    return updatedAt;
  }

  public void change(CommissionRate rate, long administratorId, Instant now) {
    this.basisPoints = rate.basisPoints();
    this.updatedBy = administratorId;
    this.updatedAt = now;
  }
}
