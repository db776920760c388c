package io.booking.payment.infrastructure.sandbox;

import java.util.Arrays;
import java.util.Optional;

/** The card numbers the sandbox's checkout page knows; any other number is refused as unknown. */
public enum TestCard {
  /** Pays: one PAYMENT_SUCCEEDED. */
  SUCCEEDS("4242424242424242"),
  /** Declined: the payment FAILED, one PAYMENT_FAILED. */
  DECLINED("4000000000000002"),
  /**
   * Pays, and its notifications arrive the way a real provider's sometimes do: PAYMENT_SUCCEEDED
   * twice under one event id, then a stale PAYMENT_PENDING (an earlier occurredAt) last.
   */
  SUCCEEDS_NOTIFIED_OUT_OF_ORDER("4000000000000259");

  private final String number;

  TestCard(String number) {
    this.number = number;
  }

  public String number() {
    return number;
  }

  /** The last four digits, all the sandbox keeps of a card. */
  String last4() {
    return number.substring(number.length() - 4);
  }

  /** The card a typed number names; spaces and dashes between the digits do not matter. */
  public static Optional<TestCard> of(String typed) {
    if (typed == null) {
      return Optional.empty();
    }
    String digits = typed.replaceAll("[\\s-]", "");
    return Arrays.stream(values()).filter(c -> c.number.equals(digits)).findFirst();
  }
}
