package io.booking.payment.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.booking.catalog.domain.PaymentTerms;
import io.booking.payment.domain.AccountBalance;
import io.booking.payment.domain.AccountType;
import io.booking.payment.domain.PaymentProvider.EventType;
import io.booking.payment.domain.PaymentProvider.ProviderEvent;
import io.booking.payment.domain.Payout;
import io.booking.payment.infrastructure.sandbox.SandboxPaymentProvider;
import io.booking.reservation.application.BookingCommand;
import io.booking.reservation.application.PaymentSummary;
import io.booking.reservation.application.ReservationService;
import io.booking.reservation.application.ReservationView;
import io.booking.reservation.application.StaffDesk;
import io.booking.reservation.domain.BookingSource;
import io.booking.reservation.domain.Channel;
import io.booking.shared.domain.ForbiddenException;
import io.booking.shared.domain.InvalidInputException;
import io.booking.shared.domain.Money;
import io.booking.shared.domain.UnknownObjectException;
import io.booking.testing.AtOnce;
import io.booking.testing.Deployments;
import io.booking.testing.TestWorld;
import jakarta.ejb.EJB;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Settlement from a visit to the merchant's statement and payout (decision 0026): the statement
 * line is the visit's money minus commission, the payout moves it through PAYOUTS_IN_FLIGHT to the
 * provider or back to the merchant, and a day is settled once however often and however
 * concurrently it is run. The ledger's invariants, settlement's included, are checked after each
 * step. Each test has its own merchant; a run settles every merchant, so the tests look at theirs.
 */
@ExtendWith(ArquillianExtension.class)
class SettlementIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.bookingCore("settlement-it");
  }

  @EJB ReservationService reservations;

  @EJB PaymentNotifications notifications;

  @EJB Settlements settlements;

  @EJB Ledger ledger;

  @EJB Commissions commissions;

  @EJB StaffDesk desk;

  @EJB SandboxPaymentProvider sandbox;

  @EJB TestWorld world;

  /** A merchant (its owner's account) with a prepaid booking that was paid. */
  private record Booked(long owner, long merchant, long venue, ReservationView booking) {}

  /** A prepaid class (10.00 EUR a person) today, booked for a party, paid. */
  private Booked paidToday(int party) {
    ZoneId zone = TestWorld.zoneWhereTodayLastsTwoMoreHours();
    long offering = world.offering(zone, 20, 4, Duration.ofHours(0));
    world.payOnline(offering, PaymentTerms.prepaid(0));
    long venue = world.venueOf(offering);
    ReservationView booked = book(offering, Instant.now().plus(Duration.ofMinutes(90)), party);
    assertTrue(notifications.apply(event(EventType.PAYMENT_SUCCEEDED, booked.payment())));
    return new Booked(world.ownerOfVenue(venue), world.merchantOfVenue(venue), venue, booked);
  }

  private Booked checkedIn(int party) {
    Booked b = paidToday(party);
    desk.checkIn(world.staffAt(b.venue()), b.venue(), b.booking().code());
    return b;
  }

  private ReservationView book(long offering, Instant start, int party) {
    long slot = world.slot(offering, start);
    return reservations
        .bookOnce(
            new BookingCommand(world.customer(), slot, party, BookingSource.direct(Channel.API)),
            null)
        .reservation();
  }

  private static ProviderEvent event(EventType type, PaymentSummary payment) {
    return new ProviderEvent(
        "evt_" + UUID.randomUUID(),
        type,
        null,
        String.valueOf(payment.id()),
        null,
        payment.amount(),
        Instant.now());
  }

  private static LocalDate today() {
    return Settlements.businessDay(Instant.now());
  }

  private List<StatementView> statements(Booked b) {
    return settlements.statementsOf(b.owner(), today().minusDays(3), today());
  }

  private StatementView onlyStatement(Booked b) {
    List<StatementView> found = statements(b);
    assertEquals(
        1,
        found.size(),
        () ->
            "one statement of merchant "
                + b.merchant()
                + ": "
                + found
                + "; its accounts: "
                + ledger.balances().stream()
                    .filter(a -> Long.valueOf(b.merchant()).equals(a.merchantId()))
                    .toList()
                + "; all today: "
                + settlements.all(world.admin(), today(), today()).stream()
                    .map(v -> v.merchantId() + "/" + v.businessDay())
                    .toList());
    return found.get(0);
  }

  private long balance(AccountType type, long merchant) {
    return ledger.balances().stream()
        .filter(a -> a.type() == type && Long.valueOf(merchant).equals(a.merchantId()))
        .mapToLong(AccountBalance::postedMinor)
        .sum();
  }

  private void assertLedgerHealthy() {
    LedgerCheck check = ledger.check();
    assertTrue(check.healthy(), check::toString);
  }

  private long commissionOf(long merchant, long amountMinor) {
    return (amountMinor * commissions.rateFor(merchant) + 5000) / 10000;
  }

  @Test
  void aCheckedInClassIsOnTheMerchantsStatementLessCommissionAndItsPayoutReachesTheProvider() {
    Booked b = checkedIn(3);
    long commission = commissionOf(b.merchant(), 3000);

    SettlementRun run = settlements.settle(world.admin(), today());

    StatementView s = onlyStatement(b);
    assertTrue(run.statementIds().contains(s.id()));
    assertEquals(Money.ofMinor(3000 - commission, "EUR"), s.net());
    assertEquals(Money.ofMinor(3000, "EUR"), s.gross());
    assertEquals(Money.ofMinor(commission, "EUR"), s.commission());
    assertEquals(1, s.lines().size());
    StatementView.Line line = s.lines().get(0);
    assertEquals("BOOKING", line.kind());
    assertEquals(b.booking().id(), line.subjectId());
    assertEquals(Money.ofMinor(3000, "EUR"), line.paid());
    assertEquals(Money.ofMinor(0, "EUR"), line.refunded());
    assertEquals(Money.ofMinor(3000 - commission, "EUR"), line.net());
    assertNotNull(s.payout());
    assertEquals(s.net(), s.payout().amount());
    assertEquals(Payout.destinationOf(b.merchant()), s.payout().destination());
    assertEquals("SENT", s.payout().status(), "sent to the sandbox after the statement committed");
    assertEquals(0, balance(AccountType.MERCHANT_PAYABLE, b.merchant()));
    assertEquals(3000 - commission, balance(AccountType.PAYOUTS_IN_FLIGHT, b.merchant()));
    assertLedgerHealthy();

    ProviderEvent paid = payout(EventType.PAYOUT_PAID, s);
    assertTrue(notifications.apply(paid));
    assertFalse(notifications.apply(paid), "a repeated delivery changes nothing");

    assertEquals("PAID", onlyStatement(b).payout().status());
    assertEquals(0, balance(AccountType.PAYOUTS_IN_FLIGHT, b.merchant()));
    assertEquals(0, balance(AccountType.MERCHANT_PAYABLE, b.merchant()));
    assertLedgerHealthy();
  }

  private static ProviderEvent payout(EventType type, StatementView s) {
    return new ProviderEvent(
        "evt_" + UUID.randomUUID(),
        type,
        s.payout().providerPayoutId(),
        "payout:" + s.id(),
        null,
        s.payout().amount(),
        Instant.now());
  }

  @Test
  void aFailedPayoutGoesBackToThePayableBalanceAndIsOnTheNextStatement() throws Exception {
    Booked b = checkedIn(2);
    long net = 2000 - commissionOf(b.merchant(), 2000);
    sandbox.closeDestination(Payout.destinationOf(b.merchant()));
    settlements.settle(world.admin(), today());
    StatementView first = onlyStatement(b);

    String payoutKey = "payout:" + first.id();
    String status = null;
    for (int i = 0; i < 60 && !"FAILED".equals(status); i++) {
      Thread.sleep(250);
      status = world.queryText("SELECT status FROM sandbox_payout WHERE payout_key = ?", payoutKey);
    }
    assertEquals("FAILED", status, "the sandbox fails payouts to a closed destination");
    assertTrue(notifications.apply(payout(EventType.PAYOUT_FAILED, first)));

    assertEquals("FAILED", onlyStatement(b).payout().status());
    assertEquals(net, balance(AccountType.MERCHANT_PAYABLE, b.merchant()), "back to the merchant");
    assertEquals(0, balance(AccountType.PAYOUTS_IN_FLIGHT, b.merchant()));
    assertLedgerHealthy();

    // That was yesterday's statement; today's settles the returned payout.
    world.storeDate("settlement_statement", "business_day", first.id(), today().minusDays(1));
    sandbox.reopenDestination(Payout.destinationOf(b.merchant()));
    settlements.settle(world.admin(), today());

    List<StatementView> both = statements(b);
    assertEquals(2, both.size());
    StatementView next = both.get(0);
    assertEquals(today(), next.businessDay());
    assertEquals(1, next.lines().size());
    assertEquals("RETURNED_PAYOUT", next.lines().get(0).kind());
    assertEquals(Money.ofMinor(net, "EUR"), next.returned());
    assertEquals(Money.ofMinor(net, "EUR"), next.net());
    assertEquals(0, balance(AccountType.MERCHANT_PAYABLE, b.merchant()));
    assertEquals(net, balance(AccountType.PAYOUTS_IN_FLIGHT, b.merchant()));
    assertLedgerHealthy();
  }

  @Test
  void settlingTheSameDayTwiceMakesOneStatementAndOnePayout() {
    Booked b = checkedIn(1);

    settlements.settle(world.admin(), today());
    StatementView first = onlyStatement(b);
    SettlementRun again = settlements.settle(world.admin(), today());

    assertFalse(again.statementIds().contains(first.id()));
    StatementView still = onlyStatement(b);
    assertEquals(first.id(), still.id());
    assertEquals(first.lines(), still.lines());
    assertEquals(first.payout().id(), still.payout().id());
    assertLedgerHealthy();
  }

  @Test
  void twoSettlementsAtOnceMakeOneStatementAndOnePayout() throws Exception {
    Booked b = checkedIn(2);
    long admin = world.admin();

    AtOnce.run(2, 2, Duration.ofMinutes(2), i -> () -> settlements.settle(admin, today()));

    StatementView s = onlyStatement(b);
    assertEquals(1, s.lines().size());
    assertNotNull(s.payout());
    assertEquals(0, balance(AccountType.MERCHANT_PAYABLE, b.merchant()));
    assertEquals(s.net().minorUnits(), balance(AccountType.PAYOUTS_IN_FLIGHT, b.merchant()));
    assertLedgerHealthy();
  }

  @Test
  void aLateCancellationShowsTheRefundAndTheReleasedShare() {
    long offering = world.offering(ZoneId.of("Asia/Shanghai"), 20, 4, Duration.ofHours(48));
    world.payOnline(offering, PaymentTerms.prepaid(30));
    long venue = world.venueOf(offering);
    ReservationView booked = book(offering, Instant.now().plus(Duration.ofHours(24)), 2);
    notifications.apply(event(EventType.PAYMENT_SUCCEEDED, booked.payment()));
    reservations.cancel(world.ownerOfReservation(booked.id()), booked.id());
    long merchant = world.merchantOfVenue(venue);
    long commission = commissionOf(merchant, 1400);

    settlements.settle(world.admin(), today());

    Booked b = new Booked(world.ownerOfVenue(venue), merchant, venue, booked);
    StatementView.Line line = onlyStatement(b).lines().get(0);
    assertEquals(Money.ofMinor(2000, "EUR"), line.paid());
    assertEquals(Money.ofMinor(600, "EUR"), line.refunded(), "30% back to the customer");
    assertEquals(Money.ofMinor(1400, "EUR"), line.gross());
    assertEquals(Money.ofMinor(commission, "EUR"), line.commission());
    assertEquals(Money.ofMinor(1400 - commission, "EUR"), line.net());
    assertEquals(Money.ofMinor(600, "EUR"), onlyStatement(b).refunded());
    assertLedgerHealthy();
  }

  @Test
  void aPaidBookingNotYetVisitedIsNotSettled() {
    Booked b = paidToday(1);

    settlements.settle(world.admin(), today());

    assertTrue(statements(b).isEmpty(), "its money is still in escrow");
    assertLedgerHealthy();
  }

  @Test
  void onlyTheOwnerSeesAStatementAndOnlyAdministratorsSettle() {
    Booked b = checkedIn(1);
    settlements.settle(world.admin(), today());
    StatementView s = onlyStatement(b);

    assertEquals(s.lines(), settlements.statementOf(b.owner(), s.id()).lines());
    assertThrows(
        UnknownObjectException.class, () -> settlements.statementOf(world.customer(), s.id()));
    assertTrue(settlements.statementsOf(world.customer(), today(), today()).isEmpty());
    assertThrows(ForbiddenException.class, () -> settlements.settle(b.owner(), today()));
    assertThrows(
        InvalidInputException.class,
        () -> settlements.settle(world.admin(), today().plusDays(1)),
        "not a day to come");
    assertThrows(
        InvalidInputException.class,
        () -> settlements.statementsOf(b.owner(), today(), today().minusDays(1)));
    assertTrue(
        settlements.all(world.admin(), today(), today()).stream().anyMatch(v -> v.id() == s.id()));
  }
}
