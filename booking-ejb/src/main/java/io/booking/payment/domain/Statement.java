package io.booking.payment.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A merchant's statement for one business day and currency: the payable credits it settles (its
 * lines) and their totals. Written once, with its lines and its payout, and never changed; one per
 * merchant, currency and day (a unique key).
 */
@Entity
@Table(name = "settlement_statement")
@NamedQuery(
    name = "Statement.ofMerchantBetween",
    query =
        "SELECT s FROM Statement s WHERE s.merchantId = :merchantId AND s.businessDay >= :from"
            + " AND s.businessDay <= :to ORDER BY s.businessDay DESC, s.currency, s.id")
@NamedQuery(
    name = "Statement.between",
    query =
        "SELECT s FROM Statement s WHERE s.businessDay >= :from AND s.businessDay <= :to"
            + " ORDER BY s.businessDay DESC, s.merchantId, s.currency, s.id")
@NamedQuery(
    name = "Statement.ofDay",
    query =
        "SELECT s FROM Statement s WHERE s.merchantId = :merchantId AND s.currency = :currency"
            + " AND s.businessDay = :day")
public class Statement {

  @Id
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "settlement_statement_id")
  private Long id;

  @Column(name = "merchant_id", nullable = false, updatable = false)
  private long merchantId;

  @Column(name = "currency", nullable = false, updatable = false, length = 3)
  private String currency;

  @Column(name = "business_day", nullable = false, updatable = false)
  private LocalDate businessDay;

  @Column(name = "cut_off", nullable = false, updatable = false)
  private Instant cutOff;

  @Column(name = "paid_minor", nullable = false, updatable = false)
  private long paidMinor;

  @Column(name = "refunded_minor", nullable = false, updatable = false)
  private long refundedMinor;

  @Column(name = "gross_minor", nullable = false, updatable = false)
  private long grossMinor;

  @Column(name = "commission_minor", nullable = false, updatable = false)
  private long commissionMinor;

  @Column(name = "returned_minor", nullable = false, updatable = false)
  private long returnedMinor;

  @Column(name = "net_minor", nullable = false, updatable = false)
  private long netMinor;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  protected Statement() {}

  /** The statement of these lines (at least one); its totals are their sums. */
  public Statement(
      long merchantId,
      String currency,
      LocalDate businessDay,
      Instant cutOff,
      List<StatementLine.Amounts> lines,
      Instant now) {
    if (lines.isEmpty()) {
      throw new IllegalArgumentException("a statement settles at least one credit");
    }
    this.merchantId = merchantId;
    this.currency = currency;
    this.businessDay = businessDay;
    this.cutOff = cutOff;
    for (StatementLine.Amounts l : lines) {
      paidMinor += l.paidMinor();
      refundedMinor += l.refundedMinor();
      grossMinor += l.grossMinor();
      commissionMinor += l.commissionMinor();
      if (l.kind() == LineKind.RETURNED_PAYOUT) {
        returnedMinor += l.netMinor();
      }
      netMinor += l.netMinor();
    }
    if (netMinor != grossMinor - commissionMinor + returnedMinor) {
      throw new IllegalArgumentException("the lines do not add up: " + lines);
    }
    this.createdAt = now;
  }

  public Long id() {
    return id;
  }

  public long merchantId() {
    return merchantId;
  }

  public String currency() {
    return currency;
  }

  public LocalDate businessDay() {
    return businessDay;
  }

  public Instant cutOff() {
    return cutOff;
  }

  public long paidMinor() {
    return paidMinor;
  }

  public long refundedMinor() {
    return refundedMinor;
  }

  public long grossMinor() {
    return grossMinor;
  }

  public long commissionMinor() {
    return commissionMinor;
  }

  public long returnedMinor() {
    return returnedMinor;
  }

  public long netMinor() {
    return netMinor;
  }

  public Instant createdAt() {
    return createdAt;
  }
}
