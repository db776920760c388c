package io.booking.platform.rest;

import io.booking.shared.domain.Money;
import java.math.BigDecimal;

/** Money on the wire: a decimal amount in major units and an ISO 4217 currency. */
public record MoneyJson(BigDecimal amount, String currency) {

  public static MoneyJson of(Money m) {
    return new MoneyJson(m.amount(), m.currency());
  }
}
