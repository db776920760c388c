package io.booking.payment.infrastructure.sandbox;

/**
 * The sandbox answers as a provider that is down does (503 Service Unavailable): its outage switch
 * is on ({@link SandboxOutage}). An {@link IllegalStateException}, as Stripe's unavailability is,
 * so the platform treats both alike (the checkout is opened again later, a refund is sent again).
 */
public class SandboxUnavailableException extends IllegalStateException {

  public SandboxUnavailableException(String operation) {
    super("503 Service Unavailable: the sandbox is down (outage switch on), " + operation);
  }
}
