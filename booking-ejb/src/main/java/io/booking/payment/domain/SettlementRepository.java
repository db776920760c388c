package io.booking.payment.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Statements, their lines and payouts; statements and lines are only ever added. */
public interface SettlementRepository {

  /**
   * The merchants' payable accounts that have credits no statement settled yet before the cut-off.
   */
  List<LedgerAccount> payableAccountsToSettle(Instant cutOff);

  /**
   * Locks the payable account's row until the transaction ends: every settlement of that account
   * takes this lock first, so they run one after another and each sees what the previous committed.
   */
  void lockAccount(long accountId);

  /**
   * The account's credits made before the cut-off that no statement line settles yet, oldest first.
   */
  List<PayableCredit> unsettledCredits(long payableAccountId, Instant cutOff);

  Optional<Statement> statementOf(long merchantId, String currency, LocalDate day);

  Optional<Statement> findStatement(long statementId);

  /** Inserts the statement (its id is known afterwards). */
  void add(Statement statement);

  /**
   * Inserts the statement's lines and payout at once.
   *
   * @throws io.booking.shared.domain.BusinessConflictException ({@code already-settled}) when
   *     another settlement took the statement's day or one of its credits meanwhile (the unique
   *     keys); the transaction is then rolled back
   */
  void add(Statement statement, List<StatementLine.Amounts> lines, Payout payout);

  List<Statement> statementsOf(long merchantId, LocalDate from, LocalDate to);

  List<Statement> statements(LocalDate from, LocalDate to);

  List<StatementLine> linesOf(Collection<Long> statementIds);

  List<Payout> payoutsOf(Collection<Long> statementIds);

  Optional<Payout> lockPayout(long payoutId);

  Optional<Payout> findPayoutByKey(String payoutKey);

  List<Long> duePayoutIds(Instant now, int max);
}
