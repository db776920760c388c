package io.booking.payment.domain;

import io.booking.shared.domain.Money;

/**
 * One thing a reconciliation found that does not agree. {@code kind} is one of {@link
 * #MISSING_IN_LEDGER}, {@link #MISSING_AT_PROVIDER}, {@link #AMOUNT_DIFFERS}, {@link
 * #LEDGER_INVARIANT}; {@code reference} names what it is about (a provider's transaction id, a
 * payment, a ledger rule); an amount is {@code null} where that side has none.
 */
public record Finding(
    String kind, String reference, Money providerAmount, Money platformAmount, String detail) {

  /** The provider recorded it; the platform has no such record, or not as completed. */
  public static final String MISSING_IN_LEDGER = "missing-in-ledger";

  /** The platform recorded it as done by the provider; the provider's list has no such line. */
  public static final String MISSING_AT_PROVIDER = "missing-at-provider";

  /** Both sides have it, with different amounts. */
  public static final String AMOUNT_DIFFERS = "amount-differs";

  /** A rule of the ledger is broken ({@code reference} names it). */
  public static final String LEDGER_INVARIANT = "ledger-invariant";

  public Finding {
    if (kind == null || reference == null || detail == null) {
      throw new IllegalArgumentException("a finding needs a kind, a reference and a detail");
    }
  }
}
