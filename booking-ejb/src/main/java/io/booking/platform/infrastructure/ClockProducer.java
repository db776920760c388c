package io.booking.platform.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.Duration;

/**
 * One clock for every service, so that rules about "now" can be reasoned about in one place. It
 * ticks in microseconds, the precision of the DATETIME(6) columns, so an instant read back from the
 * database equals the one written (H2 would otherwise round nanoseconds up).
 */
@ApplicationScoped
public class ClockProducer {

  @Produces
  @ApplicationScoped
  Clock clock() {
    return Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));
  }
}
