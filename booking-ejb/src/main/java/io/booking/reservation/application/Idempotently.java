package io.booking.reservation.application;

import io.booking.reservation.domain.IdempotencyKeyTakenException;
import io.booking.shared.domain.BusinessConflictException;
import io.booking.shared.domain.InvalidInputException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A request that creates something once per Idempotency-Key: a repeat with the same key and body
 * gets what the first one made; the same key with another body is refused by the replay. Each step
 * runs in a transaction of its own (the callers pass their EJB business methods), so a twin request
 * that holds the key is waited for until it commits, then replayed.
 */
final class Idempotently {

  static final int MAX_KEY_LENGTH = 100;

  /** What the request answered, and whether it was a repeat. */
  record Outcome<T>(T value, boolean replayed) {}

  private Idempotently() {}

  /**
   * @param replay what the key made before, if anything (throws when the body differs)
   * @param create makes it and records the key, or throws {@link IdempotencyKeyTakenException}
   */
  static <T> Outcome<T> once(String key, Supplier<Optional<T>> replay, Supplier<T> create) {
    if (key.isBlank() || key.length() > MAX_KEY_LENGTH) {
      throw new InvalidInputException(
          "Idempotency-Key", "must be 1 to " + MAX_KEY_LENGTH + " characters");
    }
    for (int attempt = 1; attempt <= 5; attempt++) {
      Optional<T> earlier = replay.get();
      if (earlier.isPresent()) {
        return new Outcome<>(earlier.get(), true);
      }
      try {
        return new Outcome<>(create.get(), false);
      } catch (IdempotencyKeyTakenException concurrentTwin) {
        // The twin request got the key first: once it commits, the next round replays it.
        pauseBeforeRetry(attempt);
      }
    }
    throw new BusinessConflictException(
        "idempotency-key-in-use", "A request with this Idempotency-Key is still being processed.");
  }

  /** A request body's fingerprint, kept with the key: SHA-256 of its canonical form. */
  static String fingerprint(String canonical) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256")
                  .digest(canonical.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void pauseBeforeRetry(int attempt) {
    try {
      Thread.sleep(50L * attempt);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
