package io.booking.payment.domain;

/**
 * What a ledger account holds (docs/decisions/0023-money-model.md). Each account is of one type and
 * one currency; the type says who owns it.
 */
public enum AccountType {
  /** Money a payment provider holds for the platform (a debit balance); owned by a provider. */
  PROVIDER_CLEARING(Owner.PROVIDER),
  /** Customers' money held for a merchant until the visit. */
  ESCROW(Owner.MERCHANT),
  /** Money released to a merchant and not yet paid out. */
  MERCHANT_PAYABLE(Owner.MERCHANT),
  /** The platform's commission; one per currency. */
  PLATFORM_COMMISSION(Owner.PLATFORM),
  /** A merchant's payouts sent to the provider and not yet confirmed (settlement). */
  PAYOUTS_IN_FLIGHT(Owner.MERCHANT);

  /** Who an account of a type belongs to. */
  public enum Owner {
    PROVIDER,
    MERCHANT,
    PLATFORM
  }

  private final Owner owner;

  AccountType(Owner owner) {
    this.owner = owner;
  }

  public Owner owner() {
    return owner;
  }
}
