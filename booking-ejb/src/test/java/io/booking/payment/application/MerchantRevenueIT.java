package io.booking.payment.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.booking.reservation.application.ReservationService;
import io.booking.reservation.application.ReservationView;
import io.booking.reservation.application.StaffDesk;
import io.booking.reservation.application.VenueRevenue.CurrencyFigures;
import io.booking.shared.domain.Money;
import io.booking.shared.domain.UnknownObjectException;
import io.booking.testing.Deployments;
import io.booking.testing.TestWorld;
import jakarta.ejb.EJB;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The dashboard's money: per currency, over the bookings of the period, paid, refunded, released to
 * the merchant, the platform's commission and what escrow still holds, exactly as the payments and
 * the ledger say; each merchant sees its own venue's only.
 */
@ExtendWith(ArquillianExtension.class)
class MerchantRevenueIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.bookingCore("merchant-revenue-it");
  }

  @EJB MerchantRevenue revenue;

  @EJB ReservationService reservations;

  @EJB StaffDesk desk;

  @EJB Commissions commissions;

  @EJB Ledger ledger;

  @EJB MoneyWorld money;

  @EJB TestWorld world;

  private static long commission(long amount, int rate) {
    return (amount * rate + 5000) / 10000;
  }

  @Test
  void aVisitALateCancellationAndAPaymentStillInEscrowAddUpExactly() {
    ZoneId zone = TestWorld.zoneWhereTodayLastsTwoMoreHours();
    LocalDate today = LocalDate.now(zone);
    long offering = money.prepaidOffering(zone, 30);
    long venue = world.venueOf(offering);
    long owner = world.ownerOfVenue(venue);
    Instant soon = Instant.now().plus(Duration.ofMinutes(90));
    ReservationView visited = money.paid(offering, soon, 2);
    desk.checkIn(world.staffAt(venue), venue, visited.code());
    ReservationView lateCancelled = money.paid(offering, soon.plusSeconds(300), 1);
    reservations.cancel(world.ownerOfReservation(lateCancelled.id()), lateCancelled.id());
    money.refundsConfirmed(lateCancelled.payment().id());
    money.paid(offering, soon.plusSeconds(600), 1);
    money.booked(offering, soon.plusSeconds(900), 3); // not paid: no money yet
    long otherOffering = money.prepaidOffering(zone, 0);
    long otherVenue = world.venueOf(otherOffering);
    money.paid(otherOffering, soon, 4);

    List<CurrencyFigures> figures = revenue.ofVenue(owner, venue, today.minusDays(1), today);

    int rate = commissions.rateFor(world.merchantOfVenue(venue));
    long visitCommission = commission(2000, rate);
    long lateCommission = commission(700, rate); // 30 % of 10.00 back, the rest is the merchant's
    assertEquals(1, figures.size(), figures::toString);
    CurrencyFigures eur = figures.get(0);
    assertEquals("EUR", eur.currency());
    assertEquals(Money.ofMinor(4000, "EUR"), eur.paid());
    assertEquals(Money.ofMinor(300, "EUR"), eur.refunded());
    assertEquals(
        Money.ofMinor(2000 - visitCommission + 700 - lateCommission, "EUR"), eur.released());
    assertEquals(Money.ofMinor(visitCommission + lateCommission, "EUR"), eur.commission());
    assertEquals(Money.ofMinor(1000, "EUR"), eur.heldInEscrow());
    LedgerCheck check = ledger.check();
    assertTrue(check.healthy(), check::toString);

    long otherOwner = world.ownerOfVenue(otherVenue);
    CurrencyFigures other = revenue.ofVenue(otherOwner, otherVenue, today, today).get(0);
    assertEquals(Money.ofMinor(4000, "EUR"), other.paid(), "the other merchant's own booking");
    assertEquals(Money.ofMinor(4000, "EUR"), other.heldInEscrow());
    assertEquals(Money.ofMinor(0, "EUR"), other.released());
    assertThrows(
        UnknownObjectException.class,
        () -> revenue.ofVenue(otherOwner, venue, today, today),
        "another merchant's venue is 404");
  }

  @Test
  void aPeriodWithoutTheBookingsShowsNoMoney() {
    ZoneId zone = ZoneId.of("Asia/Shanghai");
    long offering = money.prepaidOffering(zone, 0);
    long venue = world.venueOf(offering);
    money.paid(offering, Instant.now().plus(Duration.ofDays(5)), 1);
    LocalDate today = LocalDate.now(zone);

    assertEquals(List.of(), revenue.ofVenue(world.ownerOfVenue(venue), venue, today, today));
    assertEquals(
        Money.ofMinor(1000, "EUR"),
        revenue
            .ofVenue(world.ownerOfVenue(venue), venue, today, today.plusDays(6))
            .get(0)
            .heldInEscrow());
  }
}
