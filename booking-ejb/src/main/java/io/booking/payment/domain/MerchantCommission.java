package io.booking.payment.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A merchant's own commission rate, which wins over the platform default while it exists. */
@Entity
@Table(name = "merchant_commission")
public class MerchantCommission {

  @Id
  @Column(name = "merchant_id")
  private Long merchantId;

  @Column(name = "basis_points", nullable = false)
  private int basisPoints;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Column(name = "updated_by", nullable = false)
  private long updatedBy;

  @Version
  @Column(name = "version")
  private long version;

  protected MerchantCommission() {}

  public MerchantCommission(
      long merchantId, CommissionRate rate, long administratorId, Instant now) {
    this.merchantId = merchantId;
    change(rate, administratorId, now);
  }

  public long merchantId() {
    return merchantId;
  }

  public CommissionRate rate() {
    return new CommissionRate(basisPoints);
  }

  public Instant updatedAt() {
    return updatedAt;
  }

  public void change(CommissionRate rate, long administratorId, Instant now) {
    this.basisPoints = rate.basisPoints();
    this.updatedBy = administratorId;
    this.updatedAt = now;
  }
}
