package io.booking.payment.infrastructure;

import io.booking.payment.domain.LedgerAccount;
import io.booking.payment.domain.PayableCredit;
import io.booking.payment.domain.Payout;
import io.booking.payment.domain.SettlementRepository;
import io.booking.payment.domain.Statement;
import io.booking.payment.domain.StatementLine;
import io.booking.payment.domain.Subject;
import io.booking.platform.infrastructure.UniqueKeys;
import io.booking.shared.domain.BusinessConflictException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaSettlementRepository implements SettlementRepository {

  @PersistenceContext(unitName = "booking")
  private EntityManager em;

  @Override
  @SuppressWarnings("unchecked")
  public List<LedgerAccount> payableAccountsToSettle(Instant cutOff) {
    List<Object> ids =
        em.createNativeQuery(
                "SELECT a.id FROM ledger_account a WHERE a.account_type = 'MERCHANT_PAYABLE'"
                    + " AND EXISTS (SELECT 1 FROM ledger_transfer t"
                    + " WHERE t.credit_account_id = a.id AND t.created_at < ?"
                    + " AND NOT EXISTS (SELECT 1 FROM settlement_line l WHERE l.transfer_id = t.id))"
                    + " ORDER BY a.id")
            .setParameter(1, utc(cutOff))
            .getResultList();
    return ids.stream().map(id -> em.find(LedgerAccount.class, ((Number) id).longValue())).toList();
  }

  @Override
  public void lockAccount(long accountId) {
    em.createNativeQuery("SELECT id FROM ledger_account WHERE id = ? FOR UPDATE")
        .setParameter(1, accountId)
        .getResultList();
  }

  /**
   * Every transfer that credits the account (the release's merchant share, a returned payout) with
   * its commission leg (the release's key with /commission) and the reservation's payment.
   */
  @Override
  @SuppressWarnings("unchecked")
  public List<PayableCredit> unsettledCredits(long payableAccountId, Instant cutOff) {
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT t.id, t.subject_type, t.subject_id, t.reason, t.amount_minor,"
                    + " COALESCE(c.amount_minor, 0), COALESCE(p.amount_minor, 0), t.created_at"
                    + " FROM ledger_transfer t"
                    + " LEFT JOIN ledger_transfer c ON t.idempotency_key LIKE '%/merchant-share'"
                    + " AND c.idempotency_key = CONCAT(SUBSTRING(t.idempotency_key, 1,"
                    + " CHAR_LENGTH(t.idempotency_key) - 15), '/commission')"
                    + " LEFT JOIN payment p ON t.subject_type = 'reservation'"
                    + " AND p.reservation_id = t.subject_id"
                    + " WHERE t.credit_account_id = ? AND t.kind = 'POSTED' AND t.created_at < ?"
                    + " AND NOT EXISTS (SELECT 1 FROM settlement_line l WHERE l.transfer_id = t.id)"
                    + " ORDER BY t.created_at, t.id")
            .setParameter(1, payableAccountId)
            .setParameter(2, utc(cutOff))
            .getResultList();
    return rows.stream()
        .map(
            r ->
                new PayableCredit(
                    number(r[0]),
                    new Subject(((String) r[1]).trim(), number(r[2])),
                    ((String) r[3]).trim(),
                    number(r[4]),
                    number(r[5]),
                    number(r[6]),
                    instant(r[7])))
        .toList();
  }

  @Override
  public Optional<Statement> statementOf(long merchantId, String currency, LocalDate day) {
    return em.createNamedQuery("Statement.ofDay", Statement.class)
        .setParameter("merchantId", merchantId)
        .setParameter("currency", currency)
        .setParameter("day", day)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<Statement> findStatement(long statementId) {
    return Optional.ofNullable(em.find(Statement.class, statementId));
  }

  @Override
  public void add(Statement statement) {
    em.persist(statement);
    flush();
  }

  /** The statement first, then its lines, then its payout: the foreign keys' order. */
  @Override
  public void add(Statement statement, List<StatementLine.Amounts> lines, Payout payout) {
    lines.forEach(l -> em.persist(new StatementLine(statement.id(), l)));
    flush();
    if (payout != null) {
      em.persist(payout);
      flush();
    }
  }

  private void flush() {
    try {
      em.flush();
    } catch (PersistenceException e) {
      if (UniqueKeys.violated(e, "uq_settlement_statement_day")
          || UniqueKeys.violated(e, "uq_settlement_line_transfer")
          || UniqueKeys.violated(e, "uq_payout_statement")) {
        throw new BusinessConflictException(
            "already-settled", "Another settlement settled this merchant's day meanwhile.");
      }
      throw e;
    }
  }

  @Override
  public List<Statement> statementsOf(long merchantId, LocalDate from, LocalDate to) {
    return em.createNamedQuery("Statement.ofMerchantBetween", Statement.class)
        .setParameter("merchantId", merchantId)
        .setParameter("from", from)
        .setParameter("to", to)
        .getResultList();
  }

  @Override
  public List<Statement> statements(LocalDate from, LocalDate to) {
    return em.createNamedQuery("Statement.between", Statement.class)
        .setParameter("from", from)
        .setParameter("to", to)
        .setMaxResults(1000)
        .getResultList();
  }

  @Override
  public List<StatementLine> linesOf(Collection<Long> statementIds) {
    if (statementIds.isEmpty()) {
      return List.of();
    }
    return em.createNamedQuery("StatementLine.ofStatements", StatementLine.class)
        .setParameter("statementIds", statementIds)
        .getResultList();
  }

  @Override
  public List<Payout> payoutsOf(Collection<Long> statementIds) {
    if (statementIds.isEmpty()) {
      return List.of();
    }
    return em.createNamedQuery("Payout.ofStatements", Payout.class)
        .setParameter("statementIds", statementIds)
        .getResultList();
  }

  @Override
  public Optional<Payout> lockPayout(long payoutId) {
    return Optional.ofNullable(em.find(Payout.class, payoutId, LockModeType.PESSIMISTIC_WRITE));
  }

  @Override
  public Optional<Payout> findPayoutByKey(String payoutKey) {
    return em.createNamedQuery("Payout.byKey", Payout.class)
        .setParameter("key", payoutKey)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<Long> duePayoutIds(Instant now, int max) {
    return em.createNamedQuery("Payout.dueIds", Long.class)
        .setParameter("now", now)
        .setMaxResults(max)
        .getResultList();
  }

  private static LocalDateTime utc(Instant instant) {
    return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
  }

  private static long number(Object value) {
    return ((Number) value).longValue();
  }

  private static Instant instant(Object value) {
    if (value instanceof Timestamp ts) {
      return ts.toLocalDateTime().toInstant(ZoneOffset.UTC);
    }
    if (value instanceof LocalDateTime ldt) {
      return ldt.toInstant(ZoneOffset.UTC);
    }
    throw new IllegalStateException("not a time: " + value);
  }
}
