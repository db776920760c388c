package io.booking.platform.infrastructure;

import com.mysql.cj.jdbc.MysqlDataSource;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
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
      mysql.setURL(settings.url().replaceFirst("^jdbc:mariadb:", "jdbc:mysql:"));
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
