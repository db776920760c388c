package io.booking.platform.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema up to date before anything else touches the database. Flyway's lock makes
 * concurrent starts of several instances safe. Beans that need the schema at startup declare
 * {@code @DependsOn("SchemaMigration")}.
 */
@DataSourceDefinition(
    name = SchemaMigration.DATA_SOURCE,
    className = "io.booking.platform.infrastructure.ConfiguredDataSource",
    minPoolSize = 2,
    maxPoolSize = 40,
    properties = {
      // A connection is checked with a ping (Connection.isValid) at most every 30 s, not with two
      // autocommit round trips on every checkout; a failed check still replaces the whole pool.
      "fish.payara.is-connection-validation-required=true",
      "fish.payara.connection-validation-method=custom-validation",
      "fish.payara.validation-classname="
          + "org.glassfish.api.jdbc.validation.JDBC40ConnectionValidation",
      "fish.payara.validate-atmost-once-period-in-seconds=30",
      "fish.payara.fail-all-connections=true"
    })
// Connections outside the caller's transaction, for taking blocks of ids (META-INF/orm.xml).
// Global,
// because EclipseLink looks it up by name itself, outside any component's java:app context.
@DataSourceDefinition(
    name = SchemaMigration.ID_DATA_SOURCE,
    className = "io.booking.platform.infrastructure.ConfiguredDataSource",
    transactional = false,
    minPoolSize = 1,
    maxPoolSize = 4,
    properties = {
      // A connection is checked with a ping (Connection.isValid) at most every 30 s, not with two
      // autocommit round trips on every checkout; a failed check still replaces the whole pool.
      "fish.payara.is-connection-validation-required=true",
      "fish.payara.connection-validation-method=custom-validation",
      "fish.payara.validation-classname="
          + "org.glassfish.api.jdbc.validation.JDBC40ConnectionValidation",
      "fish.payara.validate-atmost-once-period-in-seconds=30",
      "fish.payara.fail-all-connections=true"
    })
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class SchemaMigration {

  public static final String DATA_SOURCE = "java:app/jdbc/booking";
  public static final String ID_DATA_SOURCE = "java:global/jdbc/booking-ids";

  private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

  @Resource(lookup = DATA_SOURCE)
  private DataSource dataSource;

  @PostConstruct
  void migrate() {
    RequiredSettings.check();
    MigrateResult result =
        Flyway.configure(SchemaMigration.class.getClassLoader())
            .dataSource(dataSource)
            .locations("classpath:db/migration")
            .load()
            .migrate();
    LOG.info(
        () ->
            "Schema at version "
                + result.targetSchemaVersion
                + " ("
                + result.migrationsExecuted
                + " migrations applied now)");
  }
}
