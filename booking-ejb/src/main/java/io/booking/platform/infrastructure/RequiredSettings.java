package io.booking.platform.infrastructure;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * What a real deployment cannot run without. Demo mode ({@code BOOKING_DEMO=true}, the run command
 * and the tests) runs on an H2 file and a signing key kept in the database; anything else refuses
 * to start without {@code BOOKING_DB_URL} (an H2 file on one node would silently split the data of
 * several instances) and {@code BOOKING_TOKEN_SECRET} (a key kept in plain text in the database it
 * protects is readable by anyone who reads a backup).
 */
public final class RequiredSettings {

  static final int MIN_KEY_BYTES = 32;

  private RequiredSettings() {}

  /** Stops the start with every missing or malformed setting named. */
  static void check() {
    Config config = ConfigProvider.getConfig(RequiredSettings.class.getClassLoader());
    List<String> problems = problems(key -> config.getOptionalValue(key, String.class));
    if (!problems.isEmpty()) {
      throw new IllegalStateException(
          "The platform will not start: " + String.join("; ", problems) + ".");
    }
  }

  static List<String> problems(Function<String, Optional<String>> config) {
    boolean demo = config.apply("booking.demo").map(Boolean::parseBoolean).orElse(false);
    List<String> problems = new ArrayList<>();
    if (!demo && value(config, "booking.db.url").isEmpty()) {
      problems.add(
          "set BOOKING_DB_URL to the MySQL/MariaDB database (only demo mode, BOOKING_DEMO=true,"
              + " keeps its data in an H2 file on this node)");
    }
    Optional<String> secret = value(config, "booking.token.secret");
    if (!demo && secret.isEmpty()) {
      problems.add(
          "set BOOKING_TOKEN_SECRET to a base64 key of at least "
              + MIN_KEY_BYTES
              + " bytes, e.g. `openssl rand -base64 32` (only demo mode keeps one in the database)");
    }
    secret.filter(s -> !isKey(s)).ifPresent(s -> problems.add(notAKey("BOOKING_TOKEN_SECRET")));
    value(config, "booking.token.previous-secret")
        .filter(s -> !isKey(s))
        .ifPresent(s -> problems.add(notAKey("BOOKING_TOKEN_PREVIOUS_SECRET")));
    return problems;
  }

  /** The base64 key, when it is one of at least {@link #MIN_KEY_BYTES} bytes. */
  public static Optional<byte[]> key(String base64) {
    try {
      byte[] key = Base64.getDecoder().decode(base64.trim());
      return key.length >= MIN_KEY_BYTES ? Optional.of(key) : Optional.empty();
    } catch (IllegalArgumentException notBase64) {
      return Optional.empty();
    }
  }

  private static boolean isKey(String base64) {
    return key(base64).isPresent();
  }

  private static String notAKey(String name) {
    return name + " must be base64 of at least " + MIN_KEY_BYTES + " bytes";
  }

  private static Optional<String> value(Function<String, Optional<String>> config, String key) {
    return config.apply(key).filter(v -> !v.isBlank());
  }
}
