package io.booking.payment.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One payable credit a statement settles. Its transfer id is unique in the table: a credit is
 * settled at most once, whatever races to settle it.
 */
@Entity
@Table(name = "settlement_line")
@NamedQuery(
    name = "StatementLine.ofStatements",
    query =
        "SELECT l FROM StatementLine l WHERE l.statementId IN :statementIds"
            + " ORDER BY l.statementId, l.creditedAt, l.id")
public class StatementLine {

  /** A line's amounts, worked out from its credit before the statement exists. */
  public record Amounts(
      long transferId,
      LineKind kind,
      Subject subject,
      long paidMinor,
      long refundedMinor,
      long grossMinor,
      long commissionMinor,
      long netMinor,
      Instant creditedAt) {

    /**
     * The line of a payable credit: a booking's share shows what was paid, what went back to the
     * customer, the released gross and its commission; a returned payout only its amount.
     */
    public static Amounts of(PayableCredit c) {
      if (c.reason().equals(RETURNED_PAYOUT_REASON)) {
        return new Amounts(
            c.transferId(),
            LineKind.RETURNED_PAYOUT,
            c.subject(),
            0,
            0,
            0,
            0,
            c.amountMinor(),
            c.createdAt());
      }
      long gross = c.amountMinor() + c.commissionMinor();
      long paid = Math.max(c.paidMinor(), gross);
      LineKind kind =
          c.subject().type().equals(Subject.RESERVATION) ? LineKind.BOOKING : LineKind.OTHER;
      return new Amounts(
          c.transferId(),
          kind,
          c.subject(),
          paid,
          paid - gross,
          gross,
          c.commissionMinor(),
          c.amountMinor(),
          c.createdAt());
    }
  }

  /** The reason of the transfer that returns a failed payout to the merchant's payable account. */
  public static final String RETURNED_PAYOUT_REASON = "payout-returned";

  @Id
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "settlement_line_id")
  private Long id;

  @Column(name = "statement_id", nullable = false, updatable = false)
  private long statementId;

  @Column(name = "transfer_id", nullable = false, updatable = false)
  private long transferId;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false, updatable = false, length = 16)
  private LineKind kind;

  @Column(name = "subject_type", nullable = false, updatable = false, length = 16)
  private String subjectType;

  @Column(name = "subject_id", nullable = false, updatable = false)
  private long subjectId;

  @Column(name = "paid_minor", nullable = false, updatable = false)
  private long paidMinor;

  @Column(name = "refunded_minor", nullable = false, updatable = false)
  private long refundedMinor;

  @Column(name = "gross_minor", nullable = false, updatable = false)
  private long grossMinor;

  @Column(name = "commission_minor", nullable = false, updatable = false)
  private long commissionMinor;

  @Column(name = "net_minor", nullable = false, updatable = false)
  private long netMinor;

  @Column(name = "credited_at", nullable = false, updatable = false)
  private Instant creditedAt;

  protected StatementLine() {}

  public StatementLine(long statementId, Amounts a) {
    this.statementId = statementId;
    this.transferId = a.transferId();
    this.kind = a.kind();
    this.subjectType = a.subject().type();
    this.subjectId = a.subject().id();
    this.paidMinor = a.paidMinor();
    this.refundedMinor = a.refundedMinor();
    this.grossMinor = a.grossMinor();
    this.commissionMinor = a.commissionMinor();
    this.netMinor = a.netMinor();
    this.creditedAt = a.creditedAt();
  }

  public Long id() {
    return id;
  }

  public long statementId() {
    return statementId;
  }

  public long transferId() {
    return transferId;
  }

  public LineKind kind() {
    return kind;
  }

  public Subject subject() {
    return new Subject(subjectType, subjectId);
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

  public long netMinor() {
    return netMinor;
  }

  public Instant creditedAt() {
    return creditedAt;
  }
}
