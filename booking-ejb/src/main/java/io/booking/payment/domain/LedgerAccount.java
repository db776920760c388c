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
 * A ledger account: one type, one currency, and its owner (a merchant or a provider; none for the
 * platform's). Opened on first use and never changed afterwards, so it has no version; its balance
 * is the sum of its transfers, never a column.
 */
@Entity
@Table(name = "ledger_account")
@NamedQuery(
    name = "LedgerAccount.findByKey",
    query = "SELECT a FROM LedgerAccount a WHERE a.accountKey = :key")
public class LedgerAccount {

  @Id
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "ledger_account_id")
  private Long id;

  @Enumerated(EnumType.STRING)
  @Column(name = "account_type", nullable = false, updatable = false, length = 24)
  private AccountType type;

  @Column(name = "owner_id", updatable = false)
  private Long ownerId;

  @Column(name = "provider", updatable = false, length = 32)
  private String provider;

  @Column(name = "currency", nullable = false, updatable = false, length = 3)
  private String currency;

  @Column(name = "account_key", nullable = false, updatable = false, length = 100)
  private String accountKey;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  protected LedgerAccount() {}

  public LedgerAccount(AccountRef ref, Instant openedAt) {
    this.type = ref.type();
    this.ownerId = ref.merchantId();
    this.provider = ref.provider();
    this.currency = ref.currency();
    this.accountKey = ref.key();
    this.createdAt = openedAt;
  }

  public Long id() {
    return id;
  }

  public AccountType type() {
    return type;
  }

  public String currency() {
    return currency;
  }

  /** What the account is, as the ledger names it. */
  public AccountRef ref() {
    return new AccountRef(type, ownerId, provider, currency);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof LedgerAccount a && accountKey.equals(a.accountKey);
  }

  @Override
  public int hashCode() {
    return accountKey.hashCode();
  }
}
