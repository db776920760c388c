package io.booking.catalog.application;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.booking.shared.domain.FieldError;
import io.booking.shared.domain.InvalidInputException;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class OfferingSpecTest {

  private static OfferingSpec pricedAt(String amount) {
    return new OfferingSpec("Spin", 45, 20, 2, new BigDecimal(amount), "EUR", 12, null, null, null);
  }

  @Test
  void aPriceAboveTheMaximumIsNamedAsTheBadFieldInsteadOfOverflowingLater() {
    for (String amount : new String[] {"1e20", "100000000.01", "1e999999999"}) {
      InvalidInputException refused =
          assertThrows(InvalidInputException.class, () -> pricedAt(amount).check(), amount);
      assertEquals(
          List.of("price.amount"), refused.errors().stream().map(FieldError::field).toList());
    }
  }

  @Test
  void thePriceAtTheMaximumIsTaken() {
    assertDoesNotThrow(() -> pricedAt("100000000.00").check());
    assertEquals(10_000_000_000L, pricedAt("100000000.00").price().minorUnits());
  }
}
