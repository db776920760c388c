package io.booking.reservation.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.booking.reservation.domain.BookingSource;
import io.booking.reservation.domain.Channel;
import io.booking.reservation.domain.ReservationCode;
import io.booking.reservation.domain.ReservationCodeTakenException;
import io.booking.testing.Deployments;
import io.booking.testing.TestWorld;
import jakarta.ejb.EJB;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Ids come in blocks from id_sequence, not read back from the INSERT (docs/decisions/0012), and a
 * reservation code is kept unique by the database's key, not by a look-up before each booking.
 */
@ExtendWith(ArquillianExtension.class)
class IdsAndCodesIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.bookingCore("ids-and-codes-it");
  }

  @EJB ReservationService reservations;

  @EJB TestWorld world;

  /** A slot in two days of a new venue in the zone, 10 places, parties up to 4. */
  private long slotInTwoDays(String zone) {
    return world.slot(
        world.offering(ZoneId.of(zone), 10, 4, Duration.ofHours(2)),
        Instant.now().plus(Duration.ofDays(2)));
  }

  @Test
  void everyTableHandsOutIdsAboveTheHighestItHas() {
    long customer = world.customer();
    long slot = slotInTwoDays("Asia/Shanghai");
    ReservationView booked =
        reservations.book(new BookingCommand(customer, slot, 2, BookingSource.direct(Channel.API)));

    Map<String, long[]> sequences = world.idSequences();

    assertEquals(
        Set.of(
            "account",
            "merchant",
            "merchant_application",
            "venue",
            "venue_photo",
            "offering",
            "schedule_rule",
            "schedule_extra",
            "slot",
            "reservation",
            "ledger_account",
            "ledger_transfer",
            "payment",
            "payment_refund",
            "reconciliation_run",
            "reconciliation_mismatch",
            "settlement_statement",
            "settlement_line",
            "payout"),
        sequences.keySet());
    sequences.forEach(
        (table, lastHandedOutAndMax) ->
            assertTrue(
                lastHandedOutAndMax[0] >= lastHandedOutAndMax[1],
                table
                    + ": block ends at "
                    + lastHandedOutAndMax[0]
                    + " below id "
                    + lastHandedOutAndMax[1]));
    assertTrue(booked.id() <= sequences.get("reservation")[0]);
  }

  @Test
  void aSecondReservationWithATakenCodeIsRefusedAsTakenAndNothingOfItIsKept() {
    long customer = world.customer();
    long slot = slotInTwoDays("Europe/Berlin");
    String code = ReservationCode.next();
    world.confirmedReservation(customer, slot, 1, code);

    assertThrows(
        ReservationCodeTakenException.class,
        () -> world.confirmedReservation(world.customer(), slot, 1, code));
    assertEquals(1, world.countWithCode(code));
  }
}
