package io.booking.platform.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.booking.reservation.application.BookingCommand;
import io.booking.reservation.application.ReservationService;
import io.booking.reservation.application.ReservationView;
import io.booking.reservation.domain.BookingSource;
import io.booking.reservation.domain.Channel;
import io.booking.testing.Deployments;
import io.booking.testing.TestWorld;
import jakarta.ejb.EJB;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Instants are stored as UTC wall-clock time whatever the server's default zone: the build starts
 * the test server in Asia/Shanghai (booking-ejb/pom.xml), and the columns are read and written here
 * by plain SQL, past JPA and its converter.
 *
 * <p>The zone is the subject, so times are compared to the second: MySQL Connector/J sends MariaDB
 * no fractional seconds (it takes MariaDB's "5.5.5-" version prefix for MySQL 5.5), while H2 and
 * MySQL keep the microseconds.
 */
@ExtendWith(ArquillianExtension.class)
class StoredInstantsIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.bookingCore("stored-instants-it");
  }

  @EJB TestWorld world;

  @EJB ReservationService reservations;

  private long offering;

  @BeforeEach
  void theServerIsNotInUtc() {
    ZoneId zone = ZoneId.systemDefault();
    assertNotEquals(
        ZoneOffset.UTC,
        zone.getRules().getOffset(Instant.now()),
        "the test server must run in a zone other than UTC (payara.cmdOptions), not " + zone);
    offering = world.offering(ZoneId.of("Europe/Berlin"), 10, 4, Duration.ofHours(2));
  }

  @Test
  void aSlotsStartAndEndAreStoredInUtc() {
    Instant start = Instant.now().plus(Duration.ofDays(3)).truncatedTo(ChronoUnit.SECONDS);

    long slot = world.slot(offering, start);

    assertEquals(utc(start), world.storedDateTime("slot", "start_at", slot));
    assertEquals(
        utc(start.plus(Duration.ofHours(1))), world.storedDateTime("slot", "end_at", slot));
  }

  @Test
  void aHoldsTimesAreStoredInUtc() {
    long slot = world.slot(offering, Instant.now().plus(Duration.ofDays(3)));

    ReservationView held =
        reservations.hold(
            new BookingCommand(world.customer(), slot, 2, BookingSource.direct(Channel.API)));

    assertNotNull(held.holdExpiresAt());
    assertEquals(
        toTheSecond(utc(held.createdAt())),
        toTheSecond(world.storedDateTime("reservation", "created_at", held.id())));
    assertEquals(
        toTheSecond(utc(held.holdExpiresAt())),
        toTheSecond(world.storedDateTime("reservation", "hold_expires_at", held.id())));
  }

  @Test
  void aUtcValueWrittenBySqlReadsAsThatInstant() {
    long slot = world.slot(offering, Instant.now().plus(Duration.ofDays(3)));
    // Before the slot's end (the schema refuses a start after it), late in the UTC day.
    LocalDateTime written = LocalDateTime.of(2024, 1, 15, 23, 30, 59);

    world.storeDateTime("slot", "start_at", slot, written);

    assertEquals(written.toInstant(ZoneOffset.UTC), world.storedStart(slot));
  }

  @Test
  void queriesCompareInstantsAsUtcToo() {
    long slot = world.slot(offering, Instant.now().plus(Duration.ofDays(3)));
    Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    Instant lapses = now.plus(Duration.ofHours(3));
    long hold = world.heldReservation(world.customer(), slot, 1, now, lapses);

    assertFalse(reservations.expiredHoldIds(lapses.minusSeconds(1)).contains(hold));
    assertTrue(reservations.expiredHoldIds(lapses).contains(hold));
  }

  private static LocalDateTime toTheSecond(LocalDateTime t) {
    return t.truncatedTo(ChronoUnit.SECONDS);
  }

  private static LocalDateTime utc(Instant instant) {
    return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
  }
}
