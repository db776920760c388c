package io.booking.payment.infrastructure.stripe;

/**
 * Stripe could not be reached or did not answer (a connection error, a timeout, a 5xx, a rate
 * limit, a key it refuses): the platform treats it as the provider being down and tries again later
 * (a checkout is opened again from the payment page, a refund is sent again with backoff). An
 * {@link IllegalStateException}, which the platform's checkout already catches.
 */
public class StripeUnavailableException extends IllegalStateException {

  public StripeUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
