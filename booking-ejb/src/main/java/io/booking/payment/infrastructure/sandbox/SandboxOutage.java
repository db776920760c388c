package io.booking.payment.infrastructure.sandbox;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The sandbox's outage switch, a test fixture like its test cards: while it is on, every call the
 * platform makes to the sandbox (start, refund, cancel, state, payout, transactions) fails with
 * {@link SandboxUnavailableException}, as a provider answering 503 would; the records are left as
 * they were. Notifications already queued are still delivered, and signatures are still verified
 * (that is the platform's own work).
 *
 * <p>{@code BOOKING_SANDBOX_OUTAGE=true} starts the sandbox down (a demo of a booking whose
 * checkout cannot be opened); tests turn it on and off in the server ({@link #begin()}, {@link
 * #end()}). The switch is per server instance, in memory: a stand-in for a provider's status, not
 * shared state of the platform.
 */
@ApplicationScoped
public class SandboxOutage {

  @Inject
  @ConfigProperty(name = "booking.sandbox.outage", defaultValue = "false")
  boolean configured;

  private volatile boolean down;

  @PostConstruct
  void init() {
    down = configured;
  }

  /** The sandbox answers 503 from now on. */
  public void begin() {
    down = true;
  }

  /** The sandbox answers again. */
  public void end() {
    down = false;
  }

  public boolean isOn() {
    return down;
  }

  /** Fails the call when the sandbox is down. */
  void check(String operation) {
    if (down) {
      throw new SandboxUnavailableException(operation);
    }
  }
}
