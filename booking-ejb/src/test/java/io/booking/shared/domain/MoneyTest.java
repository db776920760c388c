package io.booking.shared.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class MoneyTest {

  @Test
  void amountsAreKeptInMinorUnits() {
    Money price = Money.of(new BigDecimal("49.50"), "CNY");
    assertEquals(4950, price.minorUnits());
    assertEquals(new BigDecimal("49.50"), price.amount());
    assertEquals(Money.ofMinor(14850, "CNY"), price.times(3));
  }

  @Test
  void currenciesWithoutMinorUnitsAreRespected() {
    assertEquals(new BigDecimal("1200"), Money.ofMinor(1200, "JPY").amount());
    assertThrows(ArithmeticException.class, () -> Money.of(new BigDecimal("1.5"), "JPY"));
  }

  @Test
  void anAmountAboveTheMaximumIsRefusedBeforeItCanOverflow() {
    assertEquals(new BigDecimal("100000000.00"), Money.maxAmount("EUR"));
    assertEquals(new BigDecimal("10000000000"), Money.maxAmount("JPY"));
    assertEquals(Money.MAX_MINOR_UNITS, Money.of(Money.maxAmount("EUR"), "EUR").minorUnits());
    for (String amount : new String[] {"100000000.01", "1e20", "1e999999999"}) {
      assertThrows(
          IllegalArgumentException.class, () -> Money.of(new BigDecimal(amount), "EUR"), amount);
    }
  }

  @Test
  void negativeAmountsAndUnknownCurrenciesAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> Money.ofMinor(-1, "EUR"));
    assertThrows(IllegalArgumentException.class, () -> Money.ofMinor(1, "XYZ1"));
  }
}
