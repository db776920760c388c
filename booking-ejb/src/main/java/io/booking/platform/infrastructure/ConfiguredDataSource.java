package io.booking.platform.infrastructure;

import com.mysql.cj.jdbc.MysqlDataSource;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;

/**
 * The data source class behind the application's connection pool. It picks the driver from the
 * configured URL, so the same EAR runs on the embedded H2 and on MySQL/MariaDB without a change.
 */
public class ConfiguredDataSource implements DataSource {

  private static final Logger LOG = Logger.getLogger(ConfiguredDataSource.class.getName());

  private volatile DataSource delegate;
  private PrintWriter logWriter;
  private int loginTimeout;

  private DataSource delegate() {
    DataSource current = delegate;
    if (current == null) {
      synchronized (this) {
        if (delegate == null) {
          delegate = create(DatabaseSettings.fromConfig());
        }
        current = delegate;
      }
    }
    return current;
  }

  static DataSource create(DatabaseSettings settings) {
    if (settings.isH2()) {
      LOG.info("Booking database: embedded H2 at " + settings.url());
      JdbcDataSource h2 = new JdbcDataSource();
      h2.setURL(settings.url());
      h2.setUser(settings.user());
      h2.setPassword(settings.password());
      return h2;
    }
    if (settings.isMySql()) {
      LOG.info("Booking database: MySQL/MariaDB at " + withoutCredentials(settings.url()));
      MysqlDataSource mysql = new MysqlDataSource();
      mysql.setURL(
          withDriverDefaults(settings.url().replaceFirst("^jdbc:mariadb:", "jdbc:mysql:")));
      if (settings.user() != null) {
        mysql.setUser(settings.user());
      }
      if (settings.password() != null) {
        mysql.setPassword(settings.password());
      }
      return mysql;
    }
    throw new IllegalStateException(
        "BOOKING_DB_URL must start with jdbc:mysql:, jdbc:mariadb: or jdbc:h2:, not "
            + withoutCredentials(settings.url()));
  }

  /**
   * Driver settings measured to matter on the booking path (docs/performance.md), each added only
   * when the configured URL does not set it: the driver tracks autocommit and transaction state
   * itself instead of asking or re-setting it, caches parsed statements and the server's settings,
   * and rewrites JDBC batches into multi-row INSERTs.
   */
  static final Map<String, String> DRIVER_DEFAULTS =
      orderedMap(
          "useLocalSessionState", "true",
          "useLocalTransactionState", "true",
          "elideSetAutoCommits", "true",
          "cachePrepStmts", "true",
          "prepStmtCacheSize", "250",
          "prepStmtCacheSqlLimit", "2048",
          "cacheServerConfiguration", "true",
          "cacheResultSetMetadata", "true",
          "maintainTimeStats", "false",
          "rewriteBatchedStatements", "true",
          // The driver opens an OpenTelemetry span per statement when it finds OpenTelemetry on the
          // class path, as it does in Payara; tracing is off unless configured
          // (docs/performance.md).
          "openTelemetry", "DISABLED");

  static String withDriverDefaults(String url) {
    int query = url.indexOf('?');
    String given = query < 0 ? "" : url.substring(query + 1);
    Set<String> set = new HashSet<>();
    for (String pair : given.split("&")) {
      if (!pair.isEmpty()) {
        set.add(pair.split("=", 2)[0].toLowerCase(Locale.ROOT));
      }
    }
    StringBuilder result = new StringBuilder(url);
    char separator = query < 0 ? '?' : (given.isEmpty() || given.endsWith("&") ? 0 : '&');
    for (Map.Entry<String, String> d : DRIVER_DEFAULTS.entrySet()) {
      if (!set.contains(d.getKey().toLowerCase(Locale.ROOT))) {
        if (separator != 0) {
          result.append(separator);
        }
        result.append(d.getKey()).append('=').append(d.getValue());
        separator = '&';
      }
    }
    return result.toString();
  }

  private static Map<String, String> orderedMap(String... pairs) {
    Map<String, String> map = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      map.put(pairs[i], pairs[i + 1]);
    }
    return Collections.unmodifiableMap(map);
  }

  private static String withoutCredentials(String url) {
    int query = url.indexOf('?');
    return query < 0 ? url : url.substring(0, query);
  }

  @Override
  public Connection getConnection() throws SQLException {
    return delegate().getConnection();
  }

  @Override
  public Connection getConnection(String username, String password) throws SQLException {
    // The pool passes the (empty) credentials of the resource definition: the configured ones win.
    return delegate().getConnection();
  }

  @Override
  public PrintWriter getLogWriter() {
    return logWriter;
  }

  @Override
  public void setLogWriter(PrintWriter out) {
    this.logWriter = out;
  }

  @Override
  public void setLoginTimeout(int seconds) {
    this.loginTimeout = seconds;
  }

  @Override
  public int getLoginTimeout() {
    return loginTimeout;
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    throw new SQLFeatureNotSupportedException();
  }

  @Override
  public <T> T unwrap(Class<T> iface) throws SQLException {
    if (iface.isInstance(this)) {
      return iface.cast(this);
    }
    return delegate().unwrap(iface);
  }

  @Override
  public boolean isWrapperFor(Class<?> iface) throws SQLException {
    return iface.isInstance(this) || delegate().isWrapperFor(iface);
  }
}
