package io.booking.payment.domain;

import io.booking.shared.domain.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** A {@link Finding} of a {@link ReconciliationRun}, as stored; never changed afterwards. */
@Entity
@Table(name = "reconciliation_mismatch")
@NamedQuery(
    name = "ReconciliationMismatch.ofRun",
    query = "SELECT m FROM ReconciliationMismatch m WHERE m.runId = :runId ORDER BY m.id")
public class ReconciliationMismatch {

  static final int MAX_DETAIL = 500;
  static final int MAX_REFERENCE = 120;

  @Id
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "reconciliation_mismatch_id")
  private Long id;

  @Column(name = "run_id", nullable = false, updatable = false)
  private long runId;

  @Column(name = "kind", nullable = false, updatable = false, length = 32)
  private String kind;

  @Column(name = "reference", nullable = false, updatable = false, length = MAX_REFERENCE)
  private String reference;

  @Column(name = "provider_amount_minor", updatable = false)
  private Long providerAmountMinor;

  @Column(name = "platform_amount_minor", updatable = false)
  private Long platformAmountMinor;

  @Column(name = "currency", updatable = false, length = 3)
  private String currency;

  @Column(name = "detail", nullable = false, updatable = false, length = MAX_DETAIL)
  private String detail;

  protected ReconciliationMismatch() {}

  public ReconciliationMismatch(long runId, Finding finding) {
    this.runId = runId;
    this.kind = finding.kind();
    this.reference = cut(finding.reference(), MAX_REFERENCE);
    this.detail = cut(finding.detail(), MAX_DETAIL);
    if (finding.providerAmount() != null) {
      this.providerAmountMinor = finding.providerAmount().minorUnits();
      this.currency = finding.providerAmount().currency();
    }
    if (finding.platformAmount() != null) {
      this.platformAmountMinor = finding.platformAmount().minorUnits();
      this.currency = finding.platformAmount().currency();
    }
  }

  private static String cut(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max - 1) + "…";
  }

  public Finding finding() {
    return new Finding(
        kind,
        reference,
        providerAmountMinor == null ? null : Money.ofMinor(providerAmountMinor, currency),
        platformAmountMinor == null ? null : Money.ofMinor(platformAmountMinor, currency),
        detail);
  }
}
