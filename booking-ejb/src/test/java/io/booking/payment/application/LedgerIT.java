package io.booking.payment.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.booking.payment.domain.AccountBalance;
import io.booking.payment.domain.AccountRef;
import io.booking.payment.domain.CurrencyTotal;
import io.booking.payment.domain.PendingTransferResolvedException;
import io.booking.payment.domain.Subject;
import io.booking.payment.domain.TransferKeyReusedException;
import io.booking.platform.infrastructure.UniqueKeys;
import io.booking.shared.domain.DomainException;
import io.booking.shared.domain.InvalidInputException;
import io.booking.shared.domain.Money;
import io.booking.shared.domain.UnknownObjectException;
import io.booking.testing.AtOnce;
import io.booking.testing.Deployments;
import io.booking.testing.TestWorld;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.transaction.UserTransaction;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.logging.Logger;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The escrow ledger in the container, on the database the tests run on (H2 locally, MariaDB in CI,
 * where the races prove the row lock and the unique keys): holds, releases with commission, voids,
 * repeated keys, balances that sum to 0, a check that finds what is planted, and requests that race
 * for one hold or for many.
 */
@ExtendWith(ArquillianExtension.class)
class LedgerIT {

  private static final Logger LOG = Logger.getLogger(LedgerIT.class.getName());

  @Deployment
  static WebArchive deployment() {
    return Deployments.bookingCore("ledger-it");
  }

  @EJB Ledger ledger;

  @EJB LedgerWorld world;

  @EJB TestWorld testWorld;

  @Resource UserTransaction tx;

  @Test
  void aHeldPaymentIsReleasedToTheMerchantLessCommission() {
    long merchant = world.merchant();
    String provider = LedgerWorld.provider();
    Subject visit = LedgerWorld.subject();
    AccountBalance commissionBefore = world.balance(AccountRef.platformCommission("CNY"));

    long hold = ledger.holdPayment(provider, merchant, cny(12_500), visit, key());

    assertEquals(cny(12_500), ledger.heldFor(visit));
    assertBalance(0, 12_500, AccountRef.escrow(merchant, "CNY"));
    assertBalance(0, -12_500, AccountRef.providerClearing(provider, "CNY"));

    ledger.release(hold, 12_500, 1000, key());

    assertEquals(cny(0), ledger.heldFor(visit));
    assertBalance(0, 0, AccountRef.escrow(merchant, "CNY"));
    assertBalance(11_250, 0, AccountRef.merchantPayable(merchant, "CNY"));
    assertBalance(-12_500, 0, AccountRef.providerClearing(provider, "CNY"));
    assertEquals(
        commissionBefore.postedMinor() + 1_250,
        world.balance(AccountRef.platformCommission("CNY")).postedMinor(),
        "the platform's commission grew by 10 %");
    assertEquals(
        List.of(
            "PENDING payment-held 12500",
            "POST released 12500",
            "POSTED merchant-share 11250",
            "POSTED commission 1250"),
        world.transfersAbout(visit));
    assertHealthy();
  }

  @Test
  void aPartialReleaseGivesTheRestBackAndRecordsNoLegOfZero() {
    long merchant = world.merchant();
    String provider = LedgerWorld.provider();
    Subject noCommission = LedgerWorld.subject();
    Subject allCommission = LedgerWorld.subject();

    long first = ledger.holdPayment(provider, merchant, cny(1_000), noCommission, key());
    long second = ledger.holdPayment(provider, merchant, cny(1_000), allCommission, key());
    // A late cancellation refunding 67 %: 670 back to the customer, 330 released.
    ledger.release(first, 330, 0, key());
    ledger.release(second, 330, 10_000, key());

    assertEquals(
        List.of("PENDING payment-held 1000", "POST released 330", "POSTED merchant-share 330"),
        world.transfersAbout(noCommission));
    assertEquals(
        List.of("PENDING payment-held 1000", "POST released 330", "POSTED commission 330"),
        world.transfersAbout(allCommission));
    assertEquals(cny(0), ledger.heldFor(noCommission));
    assertBalance(330, 0, AccountRef.merchantPayable(merchant, "CNY"));
    assertBalance(-660, 0, AccountRef.providerClearing(provider, "CNY"));
    assertHealthy();
  }

  @Test
  void aVoidedHoldReleasesEverythingAndIsResolvedForGood() {
    long merchant = world.merchant();
    String provider = LedgerWorld.provider();
    Subject cancelled = LedgerWorld.subject();
    long hold = ledger.holdPayment(provider, merchant, eur(4_999), cancelled, key());

    ledger.voidHold(hold, key());

    assertEquals(eur(0), ledger.heldFor(cancelled));
    assertBalance(0, 0, AccountRef.escrow(merchant, "EUR"));
    assertBalance(0, 0, AccountRef.providerClearing(provider, "EUR"));
    assertEquals(
        List.of("PENDING payment-held 4999", "VOID voided 4999"), world.transfersAbout(cancelled));
    assertEquals(
        "already-resolved",
        assertThrows(PendingTransferResolvedException.class, () -> release(hold, 4_999, key()))
            .reason());
    assertThrows(PendingTransferResolvedException.class, () -> ledger.voidHold(hold, key()));
    assertThrows(PendingTransferResolvedException.class, () -> release(hold, 0, key()));
    assertEquals(1, world.resolutionsOf(hold));

    // Releasing 0 is voiding.
    Subject nothingKept = LedgerWorld.subject();
    long other = ledger.holdPayment(provider, merchant, eur(100), nothingKept, key());
    ledger.release(other, 0, 1000, key());
    assertEquals(
        List.of("PENDING payment-held 100", "VOID voided 100"), world.transfersAbout(nothingKept));
    assertHealthy();
  }

  @Test
  void theSameKeyAgainRecordsNothingMoreAndAnotherRequestWithItIsRefused() {
    long merchant = world.merchant();
    String provider = LedgerWorld.provider();
    Subject visit = LedgerWorld.subject();
    String holdKey = key();
    String releaseKey = key();

    long hold = ledger.holdPayment(provider, merchant, cny(800), visit, holdKey);
    assertEquals(hold, ledger.holdPayment(provider, merchant, cny(800), visit, holdKey));
    release(hold, 800, releaseKey);
    release(hold, 800, releaseKey);
    ledger.release(hold, 800, 1000, releaseKey);

    assertEquals(
        List.of(
            "PENDING payment-held 800",
            "POST released 800",
            "POSTED merchant-share 720",
            "POSTED commission 80"),
        world.transfersAbout(visit));
    assertEquals(1, world.transfersWithKey(holdKey));
    // The key of one request used for another: refused, and nothing recorded.
    assertThrows(
        TransferKeyReusedException.class,
        () -> ledger.holdPayment(provider, merchant, cny(801), visit, holdKey));
    assertThrows(
        TransferKeyReusedException.class,
        () -> ledger.holdPayment(provider, merchant, cny(800), LedgerWorld.subject(), holdKey));
    assertThrows(
        TransferKeyReusedException.class, () -> ledger.release(hold, 700, 1000, releaseKey));
    assertThrows(
        TransferKeyReusedException.class, () -> ledger.release(hold, 800, 1500, releaseKey));
    assertThrows(TransferKeyReusedException.class, () -> ledger.voidHold(hold, releaseKey));
    long other = ledger.holdPayment(provider, merchant, cny(800), LedgerWorld.subject(), key());
    assertThrows(TransferKeyReusedException.class, () -> release(other, 800, releaseKey));
    assertEquals(4, world.transfersAbout(visit).size());
    assertHealthy();
  }

  @Test
  void requestsTheLedgerCannotRecordAreRefusedByName() {
    long merchant = world.merchant();
    String provider = LedgerWorld.provider();
    Subject visit = LedgerWorld.subject();
    long hold = ledger.holdPayment(provider, merchant, cny(500), visit, key());

    assertEquals("amountMinor", field(() -> release(hold, 501, key())));
    assertEquals("amountMinor", field(() -> release(hold, -1, key())));
    assertEquals("commissionBasisPoints", field(() -> ledger.release(hold, 500, 10_001, key())));
    assertEquals("key", field(() -> release(hold, 500, " ")));
    assertEquals("key", field(() -> release(hold, 500, "k".repeat(101))));
    assertEquals(
        "amount", field(() -> ledger.holdPayment(provider, merchant, cny(0), visit, key())));
    assertEquals(
        "provider", field(() -> ledger.holdPayment("Not A Name", merchant, cny(1), visit, key())));
    assertThrows(UnknownObjectException.class, () -> release(987_654_321_987L, 1, key()));
    assertThrows(
        UnknownObjectException.class,
        () -> ledger.holdPayment(provider, 987_654_321_987L, cny(1), visit, key()));
    assertThrows(UnknownObjectException.class, () -> ledger.heldFor(LedgerWorld.subject()));
    assertEquals(List.of("PENDING payment-held 500"), world.transfersAbout(visit));

    // Only a hold in escrow is released, not any transfer (here: the merchant's share).
    String releaseKey = key();
    release(hold, 500, releaseKey);
    long share = world.transferIdWithKey(releaseKey + "/merchant-share");
    assertThrows(UnknownObjectException.class, () -> release(share, 1, key()));
    assertThrows(UnknownObjectException.class, () -> ledger.voidHold(share, key()));
    assertHealthy();
  }

  @Test
  void everyCurrencysBalancesSumToZeroPostedAndPending() {
    long merchant = world.merchant();
    String provider = LedgerWorld.provider();
    ledger.holdPayment(provider, merchant, cny(300), LedgerWorld.subject(), key());
    ledger.holdPayment(provider, merchant, jpy(7_000), LedgerWorld.subject(), key());
    long released =
        ledger.holdPayment(provider, merchant, jpy(1_001), LedgerWorld.subject(), key());
    ledger.release(released, 1_001, 1250, key());

    Map<String, long[]> summed = new TreeMap<>();
    for (AccountBalance b : ledger.balances()) {
      long[] sum = summed.computeIfAbsent(b.currency(), c -> new long[2]);
      sum[0] += b.postedMinor();
      sum[1] += b.pendingMinor();
    }
    summed.forEach(
        (currency, sum) -> assertEquals("0 0", sum[0] + " " + sum[1], currency + " accounts"));
    assertTrue(summed.keySet().containsAll(List.of("CNY", "JPY")), summed.keySet()::toString);
    for (CurrencyTotal total : ledger.totals()) {
      assertTrue(total.balanced(), total::toString);
    }
    // 12.5 % of 1001 yen is 125.125: 125 to the platform, 876 to the merchant.
    assertBalance(876, 0, AccountRef.merchantPayable(merchant, "JPY"));
    assertBalance(0, 7_000, AccountRef.escrow(merchant, "JPY"));
    assertHealthy();
  }

  /**
   * Transfers written by hand, past the application, inside a transaction that is rolled back: the
   * check names each broken rule, and is healthy again afterwards.
   */
  @Test
  void theCheckFindsTransfersThatBreakTheInvariants() throws Exception {
    long merchant = world.merchant();
    String provider = LedgerWorld.provider();
    Subject overPostedVisit = LedgerWorld.subject();
    long overPosted = ledger.holdPayment(provider, merchant, cny(1_000), overPostedVisit, key());
    Subject misfiled = LedgerWorld.subject();
    long voidedElsewhere = ledger.holdPayment(provider, merchant, cny(200), misfiled, key());
    long escrowCny = world.accountId(AccountRef.escrow(merchant, "CNY"));
    long clearingCny = world.accountId(AccountRef.providerClearing(provider, "CNY"));
    long payableEur = world.accountId(AccountRef.merchantPayable(merchant, "EUR"));
    assertHealthy();

    tx.begin();
    try {
      // 1. Between a CNY account and an EUR one: the two currencies no longer sum to 0.
      world.plant("POSTED", escrowCny, payableEur, 70, "CNY", LedgerWorld.subject(), null);
      // 2. Posts more than was held, and nothing takes it out of escrow.
      world.plant("POST", clearingCny, escrowCny, 1_500, "CNY", overPostedVisit, overPosted);
      // 3. A void filed under another subject than its hold's.
      world.plant(
          "VOID", clearingCny, escrowCny, 200, "CNY", LedgerWorld.subject(), voidedElsewhere);

      LedgerCheck check = ledger.check();
      LOG.info(() -> "planted violations found: " + check.violations());
      assertTrue(
          check
              .rulesBroken()
              .containsAll(
                  List.of(
                      "currency-sum",
                      "account-currency",
                      "resolution-shape",
                      "subject-escrow",
                      "escrow-released-in-full")),
          check.violations()::toString);
      assertTrue(
          check.violations().stream()
              .anyMatch(
                  v ->
                      v.rule().equals("resolution-shape")
                          && v.detail().contains("of " + overPosted)),
          check.violations()::toString);
    } finally {
      tx.rollback();
    }
    assertHealthy();
  }

  /**
   * Settlement's rules, with rows written by hand in a rolled-back transaction: a line that settles
   * a credit for another amount, a line that settles what is no payable credit, and a payable
   * balance its unsettled credits do not explain.
   */
  @Test
  void theCheckFindsSettlementsThatBreakTheInvariants() throws Exception {
    long merchant = world.merchant();
    long escrowCny = world.accountId(AccountRef.escrow(merchant, "CNY"));
    long payableCny = world.accountId(AccountRef.merchantPayable(merchant, "CNY"));
    assertHealthy();

    tx.begin();
    try {
      // A credit of 500 to payable, settled for 400: the line lies, and payable keeps 500 that
      // no unsettled credit explains.
      long credit =
          world.plant("POSTED", escrowCny, payableCny, 500, "CNY", LedgerWorld.subject(), null);
      world.plantStatement(merchant, "CNY", 2, credit, 400);
      // A line that settles a transfer out of payable, which is no credit of it.
      long debit =
          world.plant("POSTED", payableCny, escrowCny, 100, "CNY", LedgerWorld.subject(), null);
      world.plantStatement(merchant, "CNY", 1, debit, 100);

      LedgerCheck check = ledger.check();
      LOG.info(() -> "planted settlement violations found: " + check.violations());
      assertTrue(
          check.rulesBroken().containsAll(List.of("settled-once", "settlement-balance")),
          check.violations()::toString);
      assertTrue(
          check.violations().stream()
              .anyMatch(v -> v.rule().equals("settled-once") && v.detail().contains("" + debit)),
          check.violations()::toString);
    } finally {
      tx.rollback();
    }
    assertHealthy();
  }

  /** The unique key, not the application, is the last word: even SQL cannot resolve twice. */
  @Test
  void theDatabaseRefusesASecondResolutionOfAHold() throws Exception {
    long merchant = world.merchant();
    String provider = LedgerWorld.provider();
    Subject visit = LedgerWorld.subject();
    long hold = ledger.holdPayment(provider, merchant, cny(900), visit, key());
    ledger.voidHold(hold, key());
    long escrow = world.accountId(AccountRef.escrow(merchant, "CNY"));
    long clearing = world.accountId(AccountRef.providerClearing(provider, "CNY"));

    tx.begin();
    try {
      EJBException refused =
          assertThrows(
              EJBException.class,
              () -> world.plant("POST", clearing, escrow, 900, "CNY", visit, hold));
      assertTrue(UniqueKeys.violated(refused, "uq_ledger_transfer_pending"), refused::toString);
    } finally {
      tx.rollback();
    }
    assertEquals(1, world.resolutionsOf(hold));
    assertHealthy();
  }

  @Test
  void eightReleasesOfOneHoldAtOncePostItOnce() throws Exception {
    int attempts = 8;
    Map<String, Integer> outcomes = new TreeMap<>();
    for (int round = 0; round < 5; round++) {
      long merchant = world.merchant();
      String provider = LedgerWorld.provider();
      Subject visit = LedgerWorld.subject();
      long hold = ledger.holdPayment(provider, merchant, cny(10_000), visit, key());
      List<String> results =
          AtOnce.run(
                  attempts,
                  attempts,
                  Duration.ofMinutes(2),
                  i -> outcome(() -> ledger.release(hold, 10_000, 1000, key())))
              .results();
      results.forEach(r -> outcomes.merge(r, 1, Integer::sum));
      assertEquals(1, results.stream().filter("done"::equals).count(), results::toString);
      assertEquals(
          attempts - 1,
          results.stream().filter("already-resolved"::equals).count(),
          results::toString);
      assertEquals(1, world.resolutionsOf(hold));
      assertEquals(4, world.transfersAbout(visit).size(), world.transfersAbout(visit)::toString);
      assertBalance(9_000, 0, AccountRef.merchantPayable(merchant, "CNY"));
      assertBalance(0, 0, AccountRef.escrow(merchant, "CNY"));
    }
    LOG.info(() -> "8 releases of one hold at once, 5 rounds: " + outcomes + " on " + db());
    assertHealthy();
  }

  @Test
  void aReleaseRacingAVoidResolvesTheHoldOnce() throws Exception {
    Map<String, Integer> outcomes = new TreeMap<>();
    for (int round = 0; round < 10; round++) {
      long merchant = world.merchant();
      String provider = LedgerWorld.provider();
      Subject visit = LedgerWorld.subject();
      long hold = ledger.holdPayment(provider, merchant, cny(2_000), visit, key());
      List<String> results =
          AtOnce.run(
                  2,
                  2,
                  Duration.ofMinutes(2),
                  i ->
                      i == 0
                          ? outcome(() -> ledger.release(hold, 2_000, 1000, key()), "released")
                          : outcome(() -> ledger.voidHold(hold, key()), "voided"))
              .results();
      results.forEach(r -> outcomes.merge(r, 1, Integer::sum));
      assertEquals(
          1, results.stream().filter("already-resolved"::equals).count(), results::toString);
      assertEquals(1, world.resolutionsOf(hold));
      long payable = world.balance(AccountRef.merchantPayable(merchant, "CNY")).postedMinor();
      long clearing = world.balance(AccountRef.providerClearing(provider, "CNY")).postedMinor();
      if (results.contains("released")) {
        assertEquals("1800 -2000", payable + " " + clearing);
      } else {
        assertEquals("0 0", payable + " " + clearing);
      }
      assertEquals(cny(0), ledger.heldFor(visit));
    }
    LOG.info(() -> "a release against a void, 10 rounds: " + outcomes + " on " + db());
    assertHealthy();
  }

  @Test
  void holdsReleasesAndVoidsAcrossMerchantsAtOnceKeepEverySumAtZero() throws Exception {
    int merchants = 4;
    int perMerchant = 4;
    Map<String, Integer> outcomes = new TreeMap<>();
    for (int round = 0; round < 3; round++) {
      String provider = LedgerWorld.provider();
      List<Long> merchantIds = new ArrayList<>();
      List<Long> holds = new ArrayList<>();
      for (int m = 0; m < merchants; m++) {
        merchantIds.add(world.merchant());
        for (int h = 0; h < perMerchant; h++) {
          holds.add(
              ledger.holdPayment(
                  provider, merchantIds.get(m), cny(1_000 + h), LedgerWorld.subject(), key()));
        }
      }
      // Per merchant: its first two holds released (10 %), the third voided, the fourth left,
      // and two new payments held, all at once, every merchant's requests interleaved.
      List<Callable<String>> tasks = new ArrayList<>();
      Map<Long, Long> expectedPayable = new HashMap<>();
      for (int m = 0; m < merchants; m++) {
        long merchant = merchantIds.get(m);
        for (int h = 0; h < perMerchant; h++) {
          long hold = holds.get(m * perMerchant + h);
          long amount = 1_000 + h;
          if (h < 2) {
            tasks.add(outcome(() -> ledger.release(hold, amount, 1000, key()), "released"));
            expectedPayable.merge(merchant, amount - Math.round(amount / 10.0), Long::sum);
          } else if (h == 2) {
            tasks.add(outcome(() -> ledger.voidHold(hold, key()), "voided"));
          }
        }
        for (int n = 0; n < 2; n++) {
          tasks.add(
              outcome(
                  () ->
                      ledger.holdPayment(
                          provider, merchant, cny(500), LedgerWorld.subject(), key()),
                  "held"));
        }
      }
      List<String> results =
          AtOnce.run(tasks.size(), tasks.size(), Duration.ofMinutes(2), tasks::get).results();
      results.forEach(r -> outcomes.merge(r, 1, Integer::sum));
      assertEquals(
          Map.of("held", 8L, "released", 8L, "voided", 4L),
          count(results),
          "round " + round + ": " + results);
      for (long merchant : merchantIds) {
        assertBalance(
            expectedPayable.get(merchant), 0, AccountRef.merchantPayable(merchant, "CNY"));
        // Left: the fourth hold (1003) and the two new ones.
        assertBalance(0, 1_003 + 2 * 500, AccountRef.escrow(merchant, "CNY"));
      }
      for (CurrencyTotal total : ledger.totals()) {
        assertTrue(total.balanced(), () -> total + " after round");
      }
      assertHealthy();
    }
    LOG.info(() -> "holds, releases and voids across merchants: " + outcomes + " on " + db());
  }

  @Test
  void aNewMerchantsFirstPaymentsAtOnceOpenOneEscrowAccount() throws Exception {
    long merchant = world.merchant();
    String provider = LedgerWorld.provider();
    int payments = 8;
    List<String> results =
        AtOnce.run(
                payments,
                payments,
                Duration.ofMinutes(2),
                i ->
                    outcome(
                        () ->
                            ledger.holdPayment(
                                provider, merchant, cny(100), LedgerWorld.subject(), key()),
                        "held"))
            .results();
    assertEquals(Map.of("held", (long) payments), count(results), results::toString);
    assertEquals(1, world.accountsWithKey(AccountRef.escrow(merchant, "CNY")));
    assertEquals(1, world.accountsWithKey(AccountRef.providerClearing(provider, "CNY")));
    assertBalance(0, 100L * payments, AccountRef.escrow(merchant, "CNY"));
    assertHealthy();
  }

  @Test
  void onePaymentSentTwiceAtOnceIsHeldOnce() throws Exception {
    long merchant = world.merchant();
    String provider = LedgerWorld.provider();
    Subject visit = LedgerWorld.subject();
    String holdKey = key();
    List<String> results =
        AtOnce.run(
                4,
                4,
                Duration.ofMinutes(2),
                i ->
                    outcome(
                        () -> ledger.holdPayment(provider, merchant, cny(650), visit, holdKey),
                        "held"))
            .results();
    // Each twin either finds the first one's hold or is told to try again; none holds twice.
    assertTrue(
        results.stream().allMatch(r -> r.equals("held") || r.equals("ledger-key-in-use")),
        results::toString);
    assertEquals(1, world.transfersWithKey(holdKey));
    assertEquals(cny(650), ledger.heldFor(visit));
    LOG.info(() -> "one hold sent 4 times at once: " + count(results) + " on " + db());
    assertHealthy();
  }

  private void release(long hold, long amount, String key) {
    ledger.release(hold, amount, 1000, key);
  }

  private void assertHealthy() {
    LedgerCheck check = ledger.check();
    assertTrue(check.healthy(), check.violations()::toString);
  }

  private void assertBalance(long posted, long pending, AccountRef account) {
    AccountBalance b = world.balance(account);
    assertEquals(posted + " " + pending, b.postedMinor() + " " + b.pendingMinor(), account.key());
  }

  private static String field(Runnable call) {
    InvalidInputException e = assertThrows(InvalidInputException.class, call::run);
    return e.errors().get(0).field();
  }

  private static Callable<String> outcome(Runnable call) {
    return outcome(call, "done");
  }

  private static Callable<String> outcome(Runnable call, String success) {
    return () -> {
      try {
        call.run();
        return success;
      } catch (DomainException e) {
        return e.reason();
      } catch (RuntimeException e) {
        return e.getClass().getSimpleName() + ": " + e.getMessage();
      }
    };
  }

  private static Map<String, Long> count(List<String> results) {
    Map<String, Long> counted = new TreeMap<>();
    results.forEach(r -> counted.merge(r, 1L, Long::sum));
    return counted;
  }

  private String db() {
    return testWorld.databaseProduct();
  }

  private static String key() {
    return TestWorld.unique("k-");
  }

  private static Money cny(long minor) {
    return Money.ofMinor(minor, "CNY");
  }

  private static Money eur(long minor) {
    return Money.ofMinor(minor, "EUR");
  }

  private static Money jpy(long minor) {
    return Money.ofMinor(minor, "JPY");
  }
}
