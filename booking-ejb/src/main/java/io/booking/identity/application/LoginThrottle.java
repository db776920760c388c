package io.booking.identity.application;

import io.booking.identity.domain.LoginAttempts;
import io.booking.identity.domain.TooManyAttemptsException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows password guessing: at most 5 failures per username and 20 per client address in 15 minutes.
 * The counts live in this instance's memory; with several instances the limit applies per instance,
 * which still bounds guessing (see docs/decisions/0004-authentication.md).
 */
@ApplicationScoped
public class LoginThrottle {

  static final Duration WINDOW = Duration.ofMinutes(15);
  static final int PER_USERNAME = 5;
  static final int PER_CLIENT = 20;

  private final Map<String, LoginAttempts> attempts = new ConcurrentHashMap<>();

  @Inject Clock clock;

  public void checkAllowed(String username, String clientAddress) {
    Instant now = clock.instant();
    for (String key : keys(username, clientAddress)) {
      LoginAttempts a = attempts.get(key);
      if (a != null) {
        synchronized (a) {
          a.blockedFor(now)
              .ifPresent(
                  wait -> {
                    throw new TooManyAttemptsException(wait);
                  });
        }
      }
    }
  }

  public void recordFailure(String username, String clientAddress) {
    Instant now = clock.instant();
    String[] keys = keys(username, clientAddress);
    for (int i = 0; i < keys.length; i++) {
      int limit = i == 0 ? PER_USERNAME : PER_CLIENT;
      LoginAttempts a = attempts.computeIfAbsent(keys[i], k -> new LoginAttempts(limit, WINDOW));
      synchronized (a) {
        a.recordFailure(now);
      }
    }
    if (attempts.size() > 10_000) {
      attempts.entrySet().removeIf(e -> e.getValue().isEmpty(now));
    }
  }

  public void recordSuccess(String username) {
    attempts.remove("user:" + username);
  }

  private static String[] keys(String username, String clientAddress) {
    return new String[] {
      "user:" + username, "client:" + (clientAddress == null ? "unknown" : clientAddress)
    };
  }
}
