package io.booking.platform.infrastructure;

import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Where the database is: {@code BOOKING_DB_URL}, {@code BOOKING_DB_USER} and {@code
 * BOOKING_DB_PASSWORD} (MicroProfile Config, so environment variables or system properties).
 * Without a URL the platform uses an H2 file in the server's own directory, in MySQL mode so that
 * the same migrations and the same SQL serve both.
 */
record DatabaseSettings(String url, String user, String password) {

  static final String URL = "booking.db.url";
  static final String USER = "booking.db.user";
  static final String PASSWORD = "booking.db.password";

  static final String H2_OPTIONS =
      ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE;LOCK_TIMEOUT=10000";

  static DatabaseSettings fromConfig() {
    String url = value(URL).orElseGet(DatabaseSettings::embeddedUrl);
    String defaultUser = url.startsWith("jdbc:h2:") ? "sa" : null;
    return new DatabaseSettings(
        url,
        value(USER).orElse(defaultUser),
        value(PASSWORD).orElse(defaultUser == null ? null : ""));
  }

  boolean isH2() {
    return url.startsWith("jdbc:h2:");
  }

  boolean isMySql() {
    return url.startsWith("jdbc:mysql:") || url.startsWith("jdbc:mariadb:");
  }

  private static String embeddedUrl() {
    String instanceRoot = System.getProperty("com.sun.aas.instanceRoot");
    Path dir =
        instanceRoot != null
            ? Path.of(instanceRoot, "lib", "databases")
            : Path.of(System.getProperty("user.home"), ".booking");
    return "jdbc:h2:file:" + dir.resolve("booking").toAbsolutePath() + H2_OPTIONS;
  }

  private static Optional<String> value(String key) {
    Optional<String> configured;
    try {
      Config config = ConfigProvider.getConfig(DatabaseSettings.class.getClassLoader());
      configured = config.getOptionalValue(key, String.class);
    } catch (RuntimeException | LinkageError noConfigHere) {
      configured = Optional.empty();
    }
    // The connection pool may be created outside the application's config context: read the
    // environment as MicroProfile Config would map it.
    return configured
        .or(() -> Optional.ofNullable(System.getProperty(key)))
        .or(() -> Optional.ofNullable(System.getenv(key.toUpperCase().replace('.', '_'))))
        .map(String::trim)
        .filter(s -> !s.isEmpty());
  }
}
