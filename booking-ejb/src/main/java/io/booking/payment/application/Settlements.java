package io.booking.payment.application;

import io.booking.catalog.domain.Merchant;
import io.booking.catalog.domain.VenueRepository;
import io.booking.identity.application.AccountService;
import io.booking.payment.domain.AccountRef;
import io.booking.payment.domain.LedgerAccount;
import io.booking.payment.domain.PayableCredit;
import io.booking.payment.domain.PaymentProvider;
import io.booking.payment.domain.Payout;
import io.booking.payment.domain.SettlementRepository;
import io.booking.payment.domain.Statement;
import io.booking.payment.domain.StatementLine;
import io.booking.payment.domain.Subject;
import io.booking.shared.domain.BusinessConflictException;
import io.booking.shared.domain.InvalidInputException;
import io.booking.shared.domain.Money;
import io.booking.shared.domain.UnknownObjectException;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Settlement (docs/decisions/0026-settlement.md): each merchant's payable credits up to a cut-off
 * become a statement for the business day (UTC), with one line per credit, and a payout of its net:
 * {@code POSTED MERCHANT_PAYABLE → PAYOUTS_IN_FLIGHT} in the statement's transaction, sent to the
 * provider after commit. One merchant account at a time, each in a transaction of its own that
 * locks the merchant's payable account row first, so settlements of one merchant run one after
 * another; the unique keys (a statement per merchant, currency and day; a line per credit) make a
 * statement and a settled credit happen once whatever races.
 */
@Stateless
public class Settlements {

  private static final Logger LOG = Logger.getLogger(Settlements.class.getName());

  /** The longest range a read of statements covers. */
  static final int MAX_RANGE_DAYS = 366;

  static final String SETTLED = "settled";

  @Inject SettlementRepository settlements;

  @Inject VenueRepository venues;

  @Inject PaymentProvider provider;

  @EJB Ledger ledger;

  @EJB LedgerAccounts accounts;

  @EJB AccountService identity;

  @Inject Event<PayoutRequested> payoutRequested;

  @Inject Clock clock;

  @Resource SessionContext context;

  /** The business day a moment belongs to: days are UTC days. */
  public static LocalDate businessDay(Instant at) {
    return LocalDate.ofInstant(at, ZoneOffset.UTC);
  }

  /**
   * Settles the day now for an administrator (demos, a run the timer missed): every credit made
   * before the day's end, or before now for today.
   *
   * @throws InvalidInputException when the day is after today
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public SettlementRun settle(long administratorId, LocalDate day) {
    Administrators.require(identity, administratorId, "run settlements");
    if (day == null) {
      throw new InvalidInputException("day", "is required");
    }
    if (day.isAfter(businessDay(clock.instant()))) {
      throw new InvalidInputException("day", "must be today or earlier");
    }
    return settleDay(day);
  }

  /**
   * The daily job's run, and the administrator's: every merchant account with credits to settle.
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public SettlementRun settleDay(LocalDate day) {
    Instant endOfDay = day.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    // Today's cut-off is now, in whole seconds, rounded up: the database may keep instants in
    // whole seconds only, and a credit of this very second is then settled now, not next time.
    Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS).plusSeconds(1);
    Instant cutOff = endOfDay.isBefore(now) ? endOfDay : now;
    Settlements self = context.getBusinessObject(Settlements.class);
    List<Long> made = new ArrayList<>();
    for (long accountId : self.accountsToSettle(cutOff)) {
      try {
        self.settleAccount(accountId, day, cutOff).ifPresent(made::add);
      } catch (BusinessConflictException | EJBException e) {
        // Another instance settled it meanwhile, or this account failed: the others go on, and
        // its credits stay for the next run.
        LOG.log(Level.INFO, "Payable account " + accountId + " not settled for " + day, e);
      }
    }
    return new SettlementRun(day, cutOff, made);
  }

  public List<Long> accountsToSettle(Instant cutOff) {
    return settlements.payableAccountsToSettle(cutOff).stream().map(LedgerAccount::id).toList();
  }

  /**
   * Settles one merchant's payable account for the day: nothing when the day has its statement
   * already or nothing is due.
   *
   * @return the new statement's id
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public Optional<Long> settleAccount(long payableAccountId, LocalDate day, Instant cutOff) {
    settlements.lockAccount(payableAccountId);
    AccountRef payable = accounts.byId(payableAccountId).ref();
    long merchantId = payable.merchantId();
    String currency = payable.currency();
    if (settlements.statementOf(merchantId, currency, day).isPresent()) {
      return Optional.empty();
    }
    List<PayableCredit> credits = settlements.unsettledCredits(payableAccountId, cutOff);
    if (credits.isEmpty()) {
      return Optional.empty();
    }
    Instant now = clock.instant();
    List<StatementLine.Amounts> lines = credits.stream().map(StatementLine.Amounts::of).toList();
    Statement statement = new Statement(merchantId, currency, day, cutOff, lines, now);
    settlements.add(statement);
    Payout payout = new Payout(statement, provider.name(), now);
    settlements.add(statement, lines, payout);
    ledger.transfer(
        payable,
        AccountRef.payoutsInFlight(merchantId, currency),
        Money.ofMinor(statement.netMinor(), currency),
        new Subject(Payouts.SUBJECT, payout.id()),
        SETTLED,
        "settle:" + payout.payoutKey());
    payoutRequested.fire(new PayoutRequested(payout.id()));
    return Optional.of(statement.id());
  }

  /**
   * The statements of the merchant the caller owns, business days from and to (inclusive), newest
   * first; none for an account that owns no merchant.
   */
  public List<StatementView> statementsOf(long ownerAccountId, LocalDate from, LocalDate to) {
    checkRange(from, to);
    return venues
        .findMerchantOwnedBy(ownerAccountId)
        .map(m -> views(settlements.statementsOf(m.id(), from, to), id -> m.name()))
        .orElse(List.of());
  }

  /** One statement of the merchant the caller owns; 404 for anyone else's. */
  public StatementView statementOf(long ownerAccountId, long statementId) {
    Optional<Merchant> merchant = venues.findMerchantOwnedBy(ownerAccountId);
    return settlements
        .findStatement(statementId)
        .filter(s -> merchant.isPresent() && s.merchantId() == merchant.get().id())
        .map(s -> views(List.of(s), id -> merchant.get().name()).get(0))
        .orElseThrow(() -> new UnknownObjectException("statement", statementId));
  }

  /** Every merchant's statements in the range, with their payouts, for an administrator. */
  public List<StatementView> all(long administratorId, LocalDate from, LocalDate to) {
    Administrators.require(identity, administratorId, "see settlements");
    checkRange(from, to);
    Map<Long, String> names =
        venues.merchants().stream().collect(Collectors.toMap(Merchant::id, Merchant::name));
    return views(settlements.statements(from, to), id -> names.getOrDefault(id, "#" + id));
  }

  private List<StatementView> views(
      List<Statement> statements, Function<Long, String> merchantName) {
    List<Long> ids = statements.stream().map(Statement::id).toList();
    Map<Long, List<StatementLine>> lines =
        settlements.linesOf(ids).stream()
            .collect(Collectors.groupingBy(StatementLine::statementId));
    Map<Long, Payout> payouts =
        settlements.payoutsOf(ids).stream()
            .collect(Collectors.toMap(Payout::statementId, Function.identity()));
    return statements.stream()
        .map(
            s ->
                StatementView.of(
                    s,
                    merchantName.apply(s.merchantId()),
                    lines.getOrDefault(s.id(), List.of()).stream()
                        .sorted(Comparator.comparing(StatementLine::creditedAt))
                        .toList(),
                    payouts.get(s.id())))
        .toList();
  }

  static void checkRange(LocalDate from, LocalDate to) {
    if (from == null) {
      throw new InvalidInputException("from", "is required");
    }
    if (to == null) {
      throw new InvalidInputException("to", "is required");
    }
    if (to.isBefore(from)) {
      throw new InvalidInputException("to", "must not be before from");
    }
    if (ChronoUnit.DAYS.between(from, to) >= MAX_RANGE_DAYS) {
      throw new InvalidInputException(
          "to", "must be less than " + MAX_RANGE_DAYS + " days after from");
    }
  }
}
