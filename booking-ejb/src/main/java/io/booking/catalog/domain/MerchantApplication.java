package io.booking.catalog.domain;

import io.booking.shared.domain.BusinessConflictException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** An account asks to become a merchant; an administrator decides once, with a reason. */
@Entity
@Table(name = "merchant_application")
public class MerchantApplication {

  /** Where an application is. */
  public enum Status {
    PENDING,
    APPROVED,
    REJECTED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "merchant_application_id")
  private Long id;

  @Column(name = "account_id", nullable = false, updatable = false)
  private Long accountId;

  @Column(name = "business_name", nullable = false, length = 120)
  private String businessName;

  @Column(name = "contact", nullable = false, length = 200)
  private String contact;

  @Column(name = "licence_number", nullable = false, length = 64)
  private String licenceNumber;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 16)
  private Status status;

  /**
   * The applicant while the application waits for a decision, else null: a unique key on it lets an
   * account have one pending application at a time, however many requests arrive at once.
   */
  @Column(name = "pending_account_id")
  private Long pendingAccountId;

  @Column(name = "decision_reason", length = 500)
  private String decisionReason;

  @Column(name = "decided_by")
  private Long decidedBy;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "decided_at")
  private Instant decidedAt;

  @Version
  @Column(name = "version")
  private long version;

  protected MerchantApplication() {}

  public MerchantApplication(
      long accountId, String businessName, String contact, String licenceNumber, Instant now) {
    this.accountId = accountId;
    this.businessName = businessName;
    this.contact = contact;
    this.licenceNumber = licenceNumber;
    this.status = Status.PENDING;
    this.pendingAccountId = accountId;
    this.createdAt = now;
  }

  public void approve(long adminId, String reason, Instant now) {
    decide(Status.APPROVED, adminId, reason, now);
  }

  public void reject(long adminId, String reason, Instant now) {
    decide(Status.REJECTED, adminId, reason, now);
  }

  private void decide(Status outcome, long adminId, String reason, Instant now) {
    if (status != Status.PENDING) {
      throw new BusinessConflictException(
          "application-decided",
          "This application was already " + status.name().toLowerCase() + ".");
    }
    status = outcome;
    pendingAccountId = null;
    decidedBy = adminId;
    decisionReason = reason;
    decidedAt = now;
  }

  public Long id() {
    return id;
  }

  public Long accountId() {
    return accountId;
  }

  public String businessName() {
    return businessName;
  }

  public String contact() {
    return contact;
  }

  public String licenceNumber() {
    return licenceNumber;
  }

  public Status status() {
    return status;
  }

  public String decisionReason() {
    return decisionReason;
  }

  public Instant createdAt() {
    return createdAt;
  }
}
