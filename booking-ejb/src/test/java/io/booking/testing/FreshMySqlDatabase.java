package io.booking.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Before any in-container test starts Payara Micro: when the tests run against MySQL/MariaDB
 * (BOOKING_IT_DB_URL, passed by failsafe as booking.it.db.url), drop and re-create that database,
 * so that the migrations are proven from empty on every run. Its name must end in _it.
 */
public class FreshMySqlDatabase implements LauncherSessionListener {

  private static final Pattern URL =
      Pattern.compile("(jdbc:(?:mysql|mariadb)://[^/]+)/([A-Za-z0-9_]+)(\\?.*)?");

  @Override
  public void launcherSessionOpened(LauncherSession session) {
    // Only failsafe sets this property; a BOOKING_DB_URL in the developer's shell is never touched.
    String url = System.getProperty("booking.it.db.url");
    if (url == null) {
      return; // not the in-container test run
    }
    if (url.isBlank()) {
      System.out.println(
          "In-container tests run on H2; the MySQL/MariaDB tests are skipped (set"
              + " BOOKING_IT_DB_URL to run them).");
      return;
    }
    Matcher m = URL.matcher(url.trim());
    if (!m.matches()) {
      throw new IllegalStateException("BOOKING_IT_DB_URL must look like jdbc:mysql://host:port/db");
    }
    String server =
        m.group(1).replace("jdbc:mariadb:", "jdbc:mysql:")
            + "/"
            + (m.group(3) == null ? "" : m.group(3));
    String database = m.group(2);
    if (!database.endsWith("_it") && !database.contains("test")) {
      throw new IllegalStateException(
          "Refusing to drop '" + database + "': the test database's name must end in _it");
    }
    try (Connection c = DriverManager.getConnection(server);
        Statement s = c.createStatement()) {
      s.executeUpdate("DROP DATABASE IF EXISTS " + database);
      s.executeUpdate(
          "CREATE DATABASE " + database + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
      System.out.println("In-container tests run on a fresh MySQL/MariaDB database: " + database);
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot prepare the test database at " + server, e);
    }
  }
}
