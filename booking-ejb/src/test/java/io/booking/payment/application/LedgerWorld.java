package io.booking.payment.application;

import io.booking.catalog.domain.Merchant;
import io.booking.catalog.domain.VenueRepository;
import io.booking.payment.domain.AccountBalance;
import io.booking.payment.domain.AccountRef;
import io.booking.payment.domain.Subject;
import io.booking.payment.domain.Transfer;
import io.booking.testing.TestWorld;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The ledger tests' own world: merchants, subjects and providers nobody else uses, what the ledger
 * recorded about a subject, and transfers written by hand, past every rule of the application, to
 * prove that {@link Ledger#check()} finds them (written inside the test's transaction, which the
 * test rolls back).
 */
@Stateless
public class LedgerWorld {

  /** Hand-written rows take ids far above any block (and never commit). */
  private static final long PLANTED_IDS = 8_000_000_000_000_000L;

  @EJB TestWorld world;

  @EJB Ledger ledger;

  @EJB LedgerAccounts accounts;

  @Inject VenueRepository venues;

  @Inject Clock clock;

  @PersistenceContext(unitName = "booking")
  EntityManager em;

  /** A new merchant; returns its id. */
  public long merchant() {
    long owner = world.customer();
    return venues
        .addMerchant(new Merchant(owner, TestWorld.unique("Ledger "), clock.instant()))
        .id();
  }

  /** A reservation id no other test uses (the ledger knows subjects by type and id only). */
  public static Subject subject() {
    return Subject.reservation(ThreadLocalRandom.current().nextLong(1, 1L << 50));
  }

  /** A provider name no other test uses, so its clearing account is this test's alone. */
  public static String provider() {
    return TestWorld.unique("p");
  }

  /** What the ledger recorded about the subject, in order: "KIND reason amount". */
  public List<String> transfersAbout(Subject subject) {
    return em.createQuery(
            "SELECT t FROM Transfer t WHERE t.subjectType = :type AND t.subjectId = :id"
                + " ORDER BY t.createdAt, t.id",
            Transfer.class)
        .setParameter("type", subject.type())
        .setParameter("id", subject.id())
        .getResultStream()
        .map(t -> t.kind() + " " + t.reason() + " " + t.amountMinor())
        .toList();
  }

  /** How many transfers name the pending transfer as the one they resolve. */
  public long resolutionsOf(long pendingId) {
    return em.createQuery("SELECT COUNT(t) FROM Transfer t WHERE t.pendingId = :id", Long.class)
        .setParameter("id", pendingId)
        .getSingleResult();
  }

  public long transferIdWithKey(String key) {
    return em.createQuery("SELECT t.id FROM Transfer t WHERE t.idempotencyKey = :key", Long.class)
        .setParameter("key", key)
        .getSingleResult();
  }

  public long transfersWithKey(String key) {
    return em.createQuery(
            "SELECT COUNT(t) FROM Transfer t WHERE t.idempotencyKey = :key", Long.class)
        .setParameter("key", key)
        .getSingleResult();
  }

  public long accountsWithKey(AccountRef ref) {
    return em.createQuery(
            "SELECT COUNT(a) FROM LedgerAccount a WHERE a.accountKey = :key", Long.class)
        .setParameter("key", ref.key())
        .getSingleResult();
  }

  /** The account's balances; 0 and 0 for an account the ledger never opened. */
  public AccountBalance balance(AccountRef ref) {
    return ledger.balances().stream()
        .filter(b -> b.type() == ref.type() && b.currency().equals(ref.currency()))
        .filter(b -> java.util.Objects.equals(b.merchantId(), ref.merchantId()))
        .filter(b -> java.util.Objects.equals(b.provider(), ref.provider()))
        .findFirst()
        .orElse(
            new AccountBalance(
                0, ref.type(), ref.merchantId(), ref.provider(), ref.currency(), 0, 0));
  }

  public long accountId(AccountRef ref) {
    return accounts.idOf(ref);
  }

  /**
   * Writes a transfer by plain SQL in the caller's transaction, past every rule of the application:
   * any kind, accounts, currency and subject.
   */
  public long plant(
      String kind,
      long debitAccountId,
      long creditAccountId,
      long amountMinor,
      String currency,
      Subject subject,
      Long pendingId) {
    long id = PLANTED_IDS + ThreadLocalRandom.current().nextLong(1, 1L << 40);
    em.createNativeQuery(
            "INSERT INTO ledger_transfer (id, kind, debit_account_id, credit_account_id,"
                + " amount_minor, currency, subject_type, subject_id, reason, idempotency_key,"
                + " pending_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'planted', ?, "
                + (pendingId == null ? "NULL" : String.valueOf(pendingId))
                + ", ?)")
        .setParameter(1, id)
        .setParameter(2, kind)
        .setParameter(3, debitAccountId)
        .setParameter(4, creditAccountId)
        .setParameter(5, amountMinor)
        .setParameter(6, currency)
        .setParameter(7, subject.type())
        .setParameter(8, subject.id())
        .setParameter(9, "planted-" + id)
        .setParameter(10, LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
        .executeUpdate();
    return id;
  }

  /**
   * Writes a statement of the merchant's for the day {@code daysAgo} days before today, with one
   * line that settles the transfer for {@code lineNetMinor}, by plain SQL in the caller's
   * transaction; returns the statement's id.
   */
  public long plantStatement(
      long merchantId, String currency, int daysAgo, long transferId, long lineNetMinor) {
    long id = PLANTED_IDS + ThreadLocalRandom.current().nextLong(1, 1L << 40);
    LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    em.createNativeQuery(
            "INSERT INTO settlement_statement (id, merchant_id, currency, business_day, cut_off,"
                + " paid_minor, refunded_minor, gross_minor, commission_minor, returned_minor,"
                + " net_minor, created_at) VALUES (?, ?, ?, ?, ?, ?, 0, ?, 0, 0, ?, ?)")
        .setParameter(1, id)
        .setParameter(2, merchantId)
        .setParameter(3, currency)
        .setParameter(4, now.toLocalDate().minusDays(daysAgo))
        .setParameter(5, now)
        .setParameter(6, lineNetMinor)
        .setParameter(7, lineNetMinor)
        .setParameter(8, lineNetMinor)
        .setParameter(9, now)
        .executeUpdate();
    em.createNativeQuery(
            "INSERT INTO settlement_line (id, statement_id, transfer_id, kind, subject_type,"
                + " subject_id, paid_minor, refunded_minor, gross_minor, commission_minor,"
                + " net_minor, credited_at) VALUES (?, ?, ?, 'OTHER', 'planted', 1, ?, 0, ?, 0, ?,"
                + " ?)")
        .setParameter(1, id)
        .setParameter(2, id)
        .setParameter(3, transferId)
        .setParameter(4, lineNetMinor)
        .setParameter(5, lineNetMinor)
        .setParameter(6, lineNetMinor)
        .setParameter(7, now)
        .executeUpdate();
    return id;
  }
}
