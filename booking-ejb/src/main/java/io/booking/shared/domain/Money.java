package io.booking.shared.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;

/** An amount in minor units (cents, fen) of one currency. Never a double. */
@Embeddable
public class Money {

  /**
   * The largest amount, in minor units, a price may be: 10^10 (100 million euros, 10 billion yen,
   * 100 million rupiah). No business maximum fits every currency; this one is above any real price
   * and keeps every sum the platform makes (a price times a party of up to 10,000, added up over
   * any number of bookings) far inside a long. Before it, a price of 1e20 passed validation and
   * failed with an ArithmeticException on the way to the database.
   */
  public static final long MAX_MINOR_UNITS = 10_000_000_000L;

  @Column(name = "price_minor", nullable = false)
  private long minorUnits;

  @Column(name = "currency", nullable = false, length = 3)
  private String currency;

  protected Money() {}

  private Money(long minorUnits, Currency currency) {
    if (minorUnits < 0) {
      throw new IllegalArgumentException("A price cannot be negative");
    }
    this.minorUnits = minorUnits;
    this.currency = currency.getCurrencyCode();
  }

  public static Money ofMinor(long minorUnits, String currencyCode) {
    return new Money(minorUnits, Currency.getInstance(currencyCode));
  }

  /**
   * Parses a decimal amount such as {@code 49.50}; more decimals than the currency has is refused.
   */
  public static Money of(BigDecimal amount, String currencyCode) {
    Currency currency = Currency.getInstance(currencyCode);
    if (amount.compareTo(maxAmount(currencyCode)) > 0) {
      throw new IllegalArgumentException(
          "A price cannot be more than " + maxAmount(currencyCode).toPlainString());
    }
    BigDecimal minor = amount.movePointRight(currency.getDefaultFractionDigits());
    return new Money(minor.longValueExact(), currency);
  }

  /** {@link #MAX_MINOR_UNITS} in the currency's major unit, e.g. 100000000.00 for euros. */
  public static BigDecimal maxAmount(String currencyCode) {
    int digits = Math.max(0, Currency.getInstance(currencyCode).getDefaultFractionDigits());
    return BigDecimal.valueOf(MAX_MINOR_UNITS, digits);
  }

  public long minorUnits() {
    return minorUnits;
  }

  public String currency() {
    return currency;
  }

  public BigDecimal amount() {
    return BigDecimal.valueOf(
        minorUnits, Currency.getInstance(currency).getDefaultFractionDigits());
  }

  public Money times(int quantity) {
    return new Money(Math.multiplyExact(minorUnits, quantity), Currency.getInstance(currency));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Money m && m.minorUnits == minorUnits && m.currency.equals(currency);
  }

  @Override
  public int hashCode() {
    return Objects.hash(minorUnits, currency);
  }

  @Override
  public String toString() {
    return amount().toPlainString() + " " + currency;
  }
}
