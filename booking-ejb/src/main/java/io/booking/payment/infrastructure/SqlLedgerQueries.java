package io.booking.payment.infrastructure;

import io.booking.payment.domain.AccountBalance;
import io.booking.payment.domain.AccountType;
import io.booking.payment.domain.CurrencyTotal;
import io.booking.payment.domain.LedgerQueries;
import io.booking.payment.domain.LedgerViolation;
import io.booking.payment.domain.Subject;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.util.List;

/**
 * The balances and the invariants in SQL, one statement each, over the transfers themselves: a
 * balance is credits minus debits, posted (POST and POSTED transfers) and pending (PENDING ones
 * that no POST or VOID names yet).
 */
@ApplicationScoped
public class SqlLedgerQueries implements LedgerQueries {

  /** Violations reported per rule at most: enough to find the cause, not the whole ledger. */
  static final int MAX_REPORTED = 100;

  /** Each transfer twice, as a credit (+) and as a debit (-) of its account, posted and pending. */
  static final String MOVEMENTS =
      "SELECT t.credit_account_id AS account_id,"
          + " CASE WHEN t.kind IN ('POST', 'POSTED') THEN t.amount_minor ELSE 0 END AS posted,"
          + " CASE WHEN t.kind = 'PENDING' AND r.id IS NULL THEN t.amount_minor ELSE 0 END"
          + " AS pending"
          + " FROM ledger_transfer t LEFT JOIN ledger_transfer r ON r.pending_id = t.id"
          + " UNION ALL"
          + " SELECT t.debit_account_id,"
          + " CASE WHEN t.kind IN ('POST', 'POSTED') THEN -t.amount_minor ELSE 0 END,"
          + " CASE WHEN t.kind = 'PENDING' AND r.id IS NULL THEN -t.amount_minor ELSE 0 END"
          + " FROM ledger_transfer t LEFT JOIN ledger_transfer r ON r.pending_id = t.id";

  @PersistenceContext(unitName = "booking")
  private EntityManager em;

  @Override
  public List<AccountBalance> balances() {
    return rows(
            "SELECT a.id, a.account_type, a.owner_id, a.provider, a.currency,"
                + " COALESCE(SUM(m.posted), 0), COALESCE(SUM(m.pending), 0)"
                + " FROM ledger_account a LEFT JOIN ("
                + MOVEMENTS
                + ") m ON m.account_id = a.id"
                + " GROUP BY a.id, a.account_type, a.owner_id, a.provider, a.currency"
                + " ORDER BY a.currency, a.account_type, a.owner_id, a.provider",
            Integer.MAX_VALUE)
        .stream()
        .map(
            r ->
                new AccountBalance(
                    number(r[0]),
                    AccountType.valueOf((String) r[1]),
                    r[2] == null ? null : number(r[2]),
                    (String) r[3],
                    text(r[4]),
                    number(r[5]),
                    number(r[6])))
        .toList();
  }

  @Override
  public List<CurrencyTotal> totals() {
    return rows(
            "SELECT a.currency, COALESCE(SUM(m.posted), 0), COALESCE(SUM(m.pending), 0)"
                + " FROM ledger_account a LEFT JOIN ("
                + MOVEMENTS
                + ") m ON m.account_id = a.id"
                + " GROUP BY a.currency ORDER BY a.currency",
            Integer.MAX_VALUE)
        .stream()
        .map(r -> new CurrencyTotal(text(r[0]), number(r[1]), number(r[2])))
        .toList();
  }

  @Override
  public List<CurrencyTotal> heldFor(Subject subject) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT p.currency,"
                    + " SUM(CASE WHEN r.id IS NULL THEN p.amount_minor ELSE 0 END)"
                    + " FROM ledger_transfer p"
                    + " JOIN ledger_account c ON c.id = p.credit_account_id"
                    + " LEFT JOIN ledger_transfer r ON r.pending_id = p.id"
                    + " WHERE p.kind = 'PENDING' AND c.account_type = 'ESCROW'"
                    + " AND p.subject_type = ? AND p.subject_id = ?"
                    + " GROUP BY p.currency ORDER BY p.currency")
            .setParameter(1, subject.type())
            .setParameter(2, subject.id())
            .getResultList();
    return rows.stream().map(r -> new CurrencyTotal(text(r[0]), 0, number(r[1]))).toList();
  }

  @Override
  public List<LedgerViolation> accountCurrencies() {
    return rows(
            "SELECT t.id, t.currency, d.currency, c.currency FROM ledger_transfer t"
                + " JOIN ledger_account d ON d.id = t.debit_account_id"
                + " JOIN ledger_account c ON c.id = t.credit_account_id"
                + " WHERE d.currency <> t.currency OR c.currency <> t.currency ORDER BY t.id",
            MAX_REPORTED)
        .stream()
        .map(
            r ->
                new LedgerViolation(
                    "account-currency",
                    "transfer "
                        + number(r[0])
                        + " in "
                        + text(r[1])
                        + " moves from an account in "
                        + text(r[2])
                        + " to one in "
                        + text(r[3])))
        .toList();
  }

  @Override
  public List<LedgerViolation> resolutionShapes() {
    return rows(
            "SELECT r.id, r.kind, r.pending_id FROM ledger_transfer r"
                + " LEFT JOIN ledger_transfer p ON p.id = r.pending_id"
                + " WHERE (r.kind IN ('POST', 'VOID') AND (p.id IS NULL OR p.kind <> 'PENDING'"
                + " OR p.debit_account_id <> r.debit_account_id"
                + " OR p.credit_account_id <> r.credit_account_id"
                + " OR p.currency <> r.currency OR p.subject_type <> r.subject_type"
                + " OR p.subject_id <> r.subject_id"
                + " OR (r.kind = 'POST' AND r.amount_minor > p.amount_minor)"
                + " OR (r.kind = 'VOID' AND r.amount_minor <> p.amount_minor)))"
                + " OR (r.kind IN ('PENDING', 'POSTED') AND r.pending_id IS NOT NULL)"
                + " ORDER BY r.id",
            MAX_REPORTED)
        .stream()
        .map(
            r ->
                new LedgerViolation(
                    "resolution-shape",
                    "transfer "
                        + number(r[0])
                        + " ("
                        + r[1]
                        + (r[2] == null ? "" : " of " + number(r[2]))
                        + ") does not mirror a pending transfer"))
        .toList();
  }

  @Override
  public List<LedgerViolation> resolvedTwice() {
    return rows(
            "SELECT pending_id, COUNT(*) FROM ledger_transfer WHERE pending_id IS NOT NULL"
                + " GROUP BY pending_id HAVING COUNT(*) > 1 ORDER BY pending_id",
            MAX_REPORTED)
        .stream()
        .map(
            r ->
                new LedgerViolation(
                    "resolved-twice",
                    "pending transfer " + number(r[0]) + " resolved " + number(r[1]) + " times"))
        .toList();
  }

  @Override
  public List<LedgerViolation> subjectEscrow() {
    // What was paid into escrow and what is still held, by the pending transfers' subject; what
    // was posted and refunded, by the resolutions' own subject, so a resolution filed under another
    // subject shows.
    return rows(
            "SELECT x.subject_type, x.subject_id, SUM(x.paid), SUM(x.held), SUM(x.posted),"
                + " SUM(x.refunded) FROM ("
                + " SELECT p.subject_type, p.subject_id, p.amount_minor AS paid,"
                + " CASE WHEN r.id IS NULL THEN p.amount_minor ELSE 0 END AS held,"
                + " 0 AS posted, 0 AS refunded"
                + " FROM ledger_transfer p JOIN ledger_account c ON c.id = p.credit_account_id"
                + " LEFT JOIN ledger_transfer r ON r.pending_id = p.id"
                + " WHERE p.kind = 'PENDING' AND c.account_type = 'ESCROW'"
                + " UNION ALL"
                + " SELECT r.subject_type, r.subject_id, 0, 0,"
                + " CASE WHEN r.kind = 'POST' THEN r.amount_minor ELSE 0 END,"
                + " CASE WHEN r.kind = 'VOID' THEN r.amount_minor"
                + " ELSE p.amount_minor - r.amount_minor END"
                + " FROM ledger_transfer r JOIN ledger_transfer p ON p.id = r.pending_id"
                + " JOIN ledger_account c ON c.id = r.credit_account_id"
                + " WHERE r.kind IN ('POST', 'VOID') AND c.account_type = 'ESCROW'"
                + ") x GROUP BY x.subject_type, x.subject_id"
                + " HAVING SUM(x.held) <> SUM(x.paid) - SUM(x.refunded) - SUM(x.posted)"
                + " ORDER BY x.subject_type, x.subject_id",
            MAX_REPORTED)
        .stream()
        .map(
            r ->
                new LedgerViolation(
                    "subject-escrow",
                    r[0]
                        + " "
                        + number(r[1])
                        + ": escrow holds "
                        + number(r[3])
                        + ", but paid "
                        + number(r[2])
                        + " - refunded "
                        + number(r[5])
                        + " - released "
                        + number(r[4])
                        + " = "
                        + (number(r[2]) - number(r[5]) - number(r[4]))))
        .toList();
  }

  @Override
  public List<LedgerViolation> escrowReleasedInFull() {
    String intoEscrow = "SUM(CASE WHEN c.account_type = 'ESCROW' THEN t.amount_minor ELSE 0 END)";
    String outOfEscrow = "SUM(CASE WHEN d.account_type = 'ESCROW' THEN t.amount_minor ELSE 0 END)";
    return rows(
            "SELECT t.subject_type, t.subject_id, "
                + intoEscrow
                + " - "
                + outOfEscrow
                + " FROM ledger_transfer t"
                + " JOIN ledger_account d ON d.id = t.debit_account_id"
                + " JOIN ledger_account c ON c.id = t.credit_account_id"
                + " WHERE t.kind IN ('POST', 'POSTED')"
                + " AND (c.account_type = 'ESCROW' OR d.account_type = 'ESCROW')"
                + " GROUP BY t.subject_type, t.subject_id HAVING "
                + intoEscrow
                + " <> "
                + outOfEscrow
                + " ORDER BY t.subject_type, t.subject_id",
            MAX_REPORTED)
        .stream()
        .map(
            r ->
                new LedgerViolation(
                    "escrow-released-in-full",
                    r[0]
                        + " "
                        + number(r[1])
                        + ": "
                        + number(r[2])
                        + " posted into escrow was not released to the merchant and the"
                        + " platform"))
        .toList();
  }

  @Override
  public List<LedgerViolation> settledOnce() {
    return rows(
            "SELECT l.transfer_id, 'not a posted credit of the merchant''s payable account'"
                + " FROM settlement_line l"
                + " JOIN settlement_statement s ON s.id = l.statement_id"
                + " JOIN ledger_transfer t ON t.id = l.transfer_id"
                + " JOIN ledger_account c ON c.id = t.credit_account_id"
                + " WHERE t.kind <> 'POSTED' OR c.account_type <> 'MERCHANT_PAYABLE'"
                + " OR c.owner_id <> s.merchant_id OR c.currency <> s.currency"
                + " OR t.currency <> s.currency OR t.amount_minor <> l.net_minor"
                + " UNION ALL"
                + " SELECT transfer_id, 'on several statement lines' FROM settlement_line"
                + " GROUP BY transfer_id HAVING COUNT(*) > 1"
                + " ORDER BY 1",
            MAX_REPORTED)
        .stream()
        .map(
            r ->
                new LedgerViolation(
                    "settled-once", "transfer " + number(r[0]) + " is settled " + text(r[1])))
        .toList();
  }

  @Override
  public List<LedgerViolation> settlementBalances() {
    return rows(
            "SELECT x.id, x.account_type, x.owner_id, x.currency, x.balance, x.expected FROM ("
                + " SELECT a.id, a.account_type, a.owner_id, a.currency,"
                + " COALESCE((SELECT SUM(t.amount_minor) FROM ledger_transfer t"
                + " WHERE t.credit_account_id = a.id AND t.kind IN ('POST', 'POSTED')), 0)"
                + " - COALESCE((SELECT SUM(t.amount_minor) FROM ledger_transfer t"
                + " WHERE t.debit_account_id = a.id AND t.kind IN ('POST', 'POSTED')), 0)"
                + " AS balance,"
                + " CASE WHEN a.account_type = 'MERCHANT_PAYABLE' THEN"
                + " COALESCE((SELECT SUM(t.amount_minor) FROM ledger_transfer t"
                + " WHERE t.credit_account_id = a.id AND t.kind IN ('POST', 'POSTED')"
                + " AND NOT EXISTS (SELECT 1 FROM settlement_line l"
                + " WHERE l.transfer_id = t.id)), 0)"
                + " ELSE COALESCE((SELECT SUM(p.amount_minor) FROM payout p"
                + " WHERE p.merchant_id = a.owner_id AND p.currency = a.currency"
                + " AND p.status IN ('REQUESTED', 'SENDING', 'SENT')), 0) END AS expected"
                + " FROM ledger_account a"
                + " WHERE a.account_type IN ('MERCHANT_PAYABLE', 'PAYOUTS_IN_FLIGHT')"
                + ") x WHERE x.balance <> x.expected ORDER BY x.id",
            MAX_REPORTED)
        .stream()
        .map(
            r ->
                new LedgerViolation(
                    "settlement-balance",
                    text(r[1])
                        + " of merchant "
                        + number(r[2])
                        + " in "
                        + text(r[3])
                        + " holds "
                        + number(r[4])
                        + ", but its "
                        + ("MERCHANT_PAYABLE".equals(text(r[1]))
                            ? "unsettled credits"
                            : "payouts in flight")
                        + " sum to "
                        + number(r[5])))
        .toList();
  }

  @SuppressWarnings("unchecked")
  private List<Object[]> rows(String sql, int max) {
    Query query = em.createNativeQuery(sql);
    if (max < Integer.MAX_VALUE) {
      query.setMaxResults(max);
    }
    return query.getResultList();
  }

  private static long number(Object value) {
    return ((Number) value).longValue();
  }

  /** CHAR columns may come back padded on some drivers. */
  private static String text(Object value) {
    return value == null ? null : value.toString().trim();
  }
}
