package io.booking.platform.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.booking.testing.Deployments;
import io.booking.testing.EnabledOnMySql;
import io.booking.testing.TestWorld;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The migrations on MySQL/MariaDB: they ran from an empty database at deployment, and the database
 * itself refuses an overbooked slot. Skipped, with a message, when the container runs on H2.
 */
@EnabledOnMySql
@ExtendWith(ArquillianExtension.class)
class SchemaOnMySqlIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.bookingCore("schema-mysql-it");
  }

  @Resource(lookup = SchemaMigration.DATA_SOURCE)
  DataSource dataSource;

  @EJB TestWorld world;

  @Test
  void theContainerReallyRunsOnMySql() {
    assertTrue(world.onMySql(), "the container runs on " + world.databaseProduct());
  }

  @Test
  void everyMigrationRanSuccessfully() throws SQLException {
    List<String> versions = new ArrayList<>();
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT version, success FROM flyway_schema_history WHERE version IS NOT NULL"
                    + " ORDER BY installed_rank")) {
      while (rs.next()) {
        assertTrue(rs.getBoolean("success"), "migration " + rs.getString("version"));
        versions.add(rs.getString("version"));
      }
    }
    assertEquals("1", versions.get(0));
    // The newest migration shipped is the last one applied: none was skipped or left pending.
    MigrationInfoService shipped =
        Flyway.configure(SchemaOnMySqlIT.class.getClassLoader())
            .dataSource(dataSource)
            .locations("classpath:db/migration")
            .load()
            .info();
    String newest =
        Arrays.stream(shipped.all())
            .map(MigrationInfo::getVersion)
            .filter(Objects::nonNull)
            .max(Comparator.naturalOrder())
            .orElseThrow()
            .getVersion();
    assertEquals(0, shipped.pending().length, "pending migrations");
    assertEquals(newest, versions.get(versions.size() - 1));
  }

  @Test
  void theDatabaseRefusesMoreBookedPlacesThanCapacity() throws SQLException {
    long slot =
        world.slot(
            world.offering(ZoneId.of("Europe/Berlin"), 4, 2, Duration.ofHours(2)),
            Instant.now().plus(Duration.ofDays(1)));
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement()) {
      assertThrows(
          SQLException.class,
          () -> s.executeUpdate("UPDATE slot SET booked = 5 WHERE id = " + slot));
    }
    assertEquals(0, world.bookedPlaces(slot));
  }

  @Test
  void tablesUseInnoDbAndUtf8mb4() throws SQLException {
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT engine, table_collation FROM information_schema.tables"
                    + " WHERE table_schema = DATABASE() AND table_name = 'reservation'")) {
      assertTrue(rs.next());
      assertEquals("InnoDB", rs.getString(1));
      assertTrue(rs.getString(2).startsWith("utf8mb4"), rs.getString(2));
    }
  }
}
