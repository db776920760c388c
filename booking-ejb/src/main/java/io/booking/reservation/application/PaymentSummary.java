package io.booking.reservation.application;

import io.booking.shared.domain.Money;

/**
 * A booking's online payment as its customer sees it. {@code checkoutUrl} is where the customer
 * pays while the payment is PENDING (null when the provider could not be reached: the booking stays
 * held and the checkout can be opened again).
 */
public record PaymentSummary(
    long id, String status, Money amount, Money refunded, String checkoutUrl) {

  public boolean awaitsCheckout() {
    return "PENDING".equals(status) && checkoutUrl == null;
  }
}
