package io.booking.payment.application;

import io.booking.identity.application.AccountService;
import io.booking.payment.domain.AccountBalance;
import io.booking.payment.domain.AccountRef;
import io.booking.payment.domain.AccountType;
import io.booking.payment.domain.CommissionRate;
import io.booking.payment.domain.CommissionSplit;
import io.booking.payment.domain.CurrencyTotal;
import io.booking.payment.domain.LedgerAccount;
import io.booking.payment.domain.LedgerQueries;
import io.booking.payment.domain.LedgerRepository;
import io.booking.payment.domain.LedgerViolation;
import io.booking.payment.domain.PendingTransferResolvedException;
import io.booking.payment.domain.Subject;
import io.booking.payment.domain.Transfer;
import io.booking.payment.domain.TransferKeyInUseException;
import io.booking.payment.domain.TransferKeyReusedException;
import io.booking.payment.domain.TransferKind;
import io.booking.shared.domain.InvalidInputException;
import io.booking.shared.domain.Money;
import io.booking.shared.domain.UnknownObjectException;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The escrow ledger (docs/decisions/0023-money-model.md): a payment held in escrow as a pending
 * transfer, released to the merchant and the platform's commission, or voided. Every method joins
 * the caller's transaction, so a ledger entry commits with the state change it records (a
 * confirmation, a check-in, a cancellation) or not at all.
 *
 * <p>Each recording takes a key: the same key again records nothing more and answers as the first
 * time; the same key for another transfer is refused. A pending transfer is resolved at most once:
 * resolving requests lock it first, and the unique key on the resolved transfer's id refuses any
 * second resolution that gets past that; the loser gets {@link PendingTransferResolvedException}.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRED)
public class Ledger {

  static final String HELD = "payment-held";
  static final String RELEASED = "released";
  static final String VOIDED = "voided";
  static final String MERCHANT_SHARE = "merchant-share";
  static final String COMMISSION = "commission";

  /** The keys of a release's legs: the release's key with these suffixes. */
  static final String MERCHANT_SHARE_KEY = "/merchant-share";

  static final String COMMISSION_KEY = "/commission";

  @Inject LedgerRepository ledger;

  @Inject LedgerQueries queries;

  @EJB LedgerAccounts accounts;

  @EJB LedgerReads reads;

  @EJB AccountService identity;

  @Inject Clock clock;

  /**
   * Holds a confirmed payment in escrow: PENDING {@code PROVIDER_CLEARING(provider) →
   * ESCROW(merchant)}.
   *
   * @return the pending transfer's id; the same key again returns the same id and records nothing
   * @throws TransferKeyReusedException when the key was used for another transfer
   */
  public long holdPayment(
      String provider, long merchantId, Money amount, Subject subject, String key) {
    requireKey(key);
    if (amount == null || amount.minorUnits() <= 0) {
      throw new InvalidInputException("amount", "must be more than 0");
    }
    if (subject == null) {
      throw new InvalidInputException("subject", "is required");
    }
    if (merchantId <= 0) {
      throw new InvalidInputException("merchantId", "must be a merchant's id");
    }
    AccountRef from = providerClearing(provider, amount.currency());
    AccountRef to = AccountRef.escrow(merchantId, amount.currency());
    return recordOnce(
        TransferKind.PENDING,
        from,
        to,
        amount,
        subject,
        key,
        () ->
            Transfer.pending(
                accounts.account(from),
                accounts.account(to),
                amount,
                subject,
                HELD,
                key,
                clock.instant()));
  }

  /**
   * Releases a payment hold: POST of {@code amountMinor} of the pending transfer (the rest goes
   * back to the customer), then, in the same transaction, POSTED {@code ESCROW → MERCHANT_PAYABLE}
   * (the amount less commission) and {@code ESCROW → PLATFORM_COMMISSION} (the commission, rounded
   * half up); a leg of 0 is not recorded. An amount of 0 voids the hold.
   *
   * @param amountMinor 0 to the held amount
   * @param commissionBasisPoints the merchant's rate ({@link Commissions#rateFor})
   * @throws PendingTransferResolvedException when another request posted or voided it
   * @throws UnknownObjectException when there is no such payment hold
   */
  public void release(long pendingId, long amountMinor, int commissionBasisPoints, String key) {
    requireKey(key);
    if (!CommissionRate.isValid(commissionBasisPoints)) {
      throw new InvalidInputException(
          "commissionBasisPoints", "must be 0 to " + CommissionRate.MAX_BASIS_POINTS);
    }
    CommissionRate rate = new CommissionRate(commissionBasisPoints);
    Transfer hold = lockHold(pendingId);
    if (amountMinor == 0) {
      voidLocked(hold, key);
      return;
    }
    if (amountMinor < 0 || amountMinor > hold.amountMinor()) {
      throw new InvalidInputException("amountMinor", "must be 0 to " + hold.amountMinor());
    }
    CommissionSplit split = rate.split(amountMinor);
    if (doneBefore(hold, TransferKind.POST, amountMinor, key, split)) {
      return;
    }
    LedgerAccount escrow = accounts.byId(hold.creditAccountId());
    long merchantId = escrow.ref().merchantId();
    String currency = hold.currency();
    Instant now = clock.instant();
    List<Transfer> transfers = new ArrayList<>();
    transfers.add(hold.post(amountMinor, RELEASED, key, now));
    if (split.merchantMinor() > 0) {
      transfers.add(
          Transfer.posted(
              escrow,
              accounts.account(AccountRef.merchantPayable(merchantId, currency)),
              Money.ofMinor(split.merchantMinor(), currency),
              hold.subject(),
              MERCHANT_SHARE,
              key + MERCHANT_SHARE_KEY,
              now));
    }
    if (split.commissionMinor() > 0) {
      transfers.add(
          Transfer.posted(
              escrow,
              accounts.account(AccountRef.platformCommission(currency)),
              Money.ofMinor(split.commissionMinor(), currency),
              hold.subject(),
              COMMISSION,
              key + COMMISSION_KEY,
              now));
    }
    add(hold, key, transfers);
  }

  /**
   * Voids a payment hold: the whole amount is released (the provider refunds it).
   *
   * @throws PendingTransferResolvedException when another request posted or voided it
   * @throws UnknownObjectException when there is no such payment hold
   */
  public void voidHold(long pendingId, String key) {
    requireKey(key);
    voidLocked(lockHold(pendingId), key);
  }

  private void voidLocked(Transfer hold, String key) {
    if (doneBefore(hold, TransferKind.VOID, hold.amountMinor(), key, null)) {
      return;
    }
    add(hold, key, List.of(hold.voided(VOIDED, key, clock.instant())));
  }

  /**
   * A plain transfer, posted at once (settlement: payable to payouts in flight and on to the
   * provider, or back). Accounts are named, not ids: the ledger opens them on first use.
   *
   * @return the transfer's id; the same key again returns the same id and records nothing
   * @throws TransferKeyReusedException when the key was used for another transfer
   */
  public long transfer(
      AccountRef from, AccountRef to, Money amount, Subject subject, String reason, String key) {
    requireKey(key);
    if (amount == null || amount.minorUnits() <= 0) {
      throw new InvalidInputException("amount", "must be more than 0");
    }
    if (subject == null || from == null || to == null || from.equals(to)) {
      throw new InvalidInputException("accounts", "must be two accounts and a subject");
    }
    if (!from.currency().equals(amount.currency()) || !to.currency().equals(amount.currency())) {
      throw new InvalidInputException("amount", "must be in the accounts' currency");
    }
    return recordOnce(
        TransferKind.POSTED,
        from,
        to,
        amount,
        subject,
        key,
        () ->
            Transfer.posted(
                accounts.account(from),
                accounts.account(to),
                amount,
                subject,
                reason,
                key,
                clock.instant()));
  }

  /**
   * Records the transfer once under its key: the same request again answers the first one's id; the
   * key used for another transfer (kind, accounts, amount or subject) is refused.
   */
  private long recordOnce(
      TransferKind kind,
      AccountRef from,
      AccountRef to,
      Money amount,
      Subject subject,
      String key,
      Supplier<Transfer> transfer) {
    Optional<Transfer> earlier = ledger.findByKey(key);
    if (earlier.isPresent()) {
      Transfer t = earlier.get();
      if (t.kind() == kind
          && t.amount().equals(amount)
          && t.subject().equals(subject)
          && accounts.byId(t.debitAccountId()).ref().equals(from)
          && accounts.byId(t.creditAccountId()).ref().equals(to)) {
        return t.id();
      }
      throw new TransferKeyReusedException();
    }
    Transfer made = transfer.get();
    ledger.add(List.of(made));
    return made.id();
  }

  /**
   * What is still held in escrow for the subject: its pending payments not yet posted or voided.
   *
   * @throws UnknownObjectException when no payment was ever held for it
   */
  public Money heldFor(Subject subject) {
    List<CurrencyTotal> held = queries.heldFor(subject);
    if (held.isEmpty()) {
      throw new UnknownObjectException("payment hold for", subject);
    }
    if (held.size() > 1) {
      throw new IllegalStateException(subject + " has holds in several currencies: " + held);
    }
    return Money.ofMinor(held.get(0).pendingMinor(), held.get(0).currency());
  }

  /** Every account with its posted and pending balance (credits minus debits). */
  public List<AccountBalance> balances() {
    return queries.balances();
  }

  /** The sums of the balances per currency: 0, posted and pending, while the ledger is sound. */
  public List<CurrencyTotal> totals() {
    return queries.totals();
  }

  /** Balances and sums for an administrator. */
  public BalanceSheet balanceSheet(long administratorId) {
    Administrators.require(identity, administratorId, "see the ledger");
    return new BalanceSheet(queries.balances(), queries.totals());
  }

  /**
   * The ledger's invariants over all of it: every currency's balances sum to 0, posted and pending;
   * every transfer's accounts are in its currency; every POST or VOID mirrors its pending transfer
   * and none is resolved twice; per subject, pending escrow = paid − refunded − released, and what
   * was posted into escrow was released in full; every payable credit is settled at most once, by a
   * line of its own merchant's statement, and each merchant's payable and in-flight balances are
   * what its statements and payouts leave there.
   */
  public LedgerCheck check() {
    List<LedgerViolation> violations = new ArrayList<>();
    for (CurrencyTotal total : queries.totals()) {
      if (!total.balanced()) {
        violations.add(
            new LedgerViolation(
                "currency-sum",
                total.currency()
                    + " balances sum to "
                    + total.postedMinor()
                    + " posted and "
                    + total.pendingMinor()
                    + " pending, not 0"));
      }
    }
    violations.addAll(queries.accountCurrencies());
    violations.addAll(queries.resolutionShapes());
    violations.addAll(queries.resolvedTwice());
    violations.addAll(queries.subjectEscrow());
    violations.addAll(queries.escrowReleasedInFull());
    violations.addAll(queries.settledOnce());
    violations.addAll(queries.settlementBalances());
    return new LedgerCheck(violations);
  }

  /** The pending payment hold, its row locked: resolutions of one hold run one after another. */
  private Transfer lockHold(long pendingId) {
    Transfer hold =
        ledger
            .lockTransfer(pendingId)
            .filter(t -> t.kind() == TransferKind.PENDING)
            .orElseThrow(() -> new UnknownObjectException("payment hold", pendingId));
    if (accounts.byId(hold.creditAccountId()).type() != AccountType.ESCROW) {
      throw new UnknownObjectException("payment hold", pendingId);
    }
    return hold;
  }

  /**
   * Whether this very request (its key, the same resolution) was recorded before; refuses the key
   * used for anything else, and a hold another request resolved.
   */
  private boolean doneBefore(
      Transfer hold, TransferKind kind, long amountMinor, String key, CommissionSplit split) {
    Optional<Transfer> byKey = ledger.findByKey(key);
    if (byKey.isPresent()) {
      if (byKey.get().resolves(hold.id(), kind, amountMinor) && sameLegs(key, split)) {
        return true;
      }
      throw new TransferKeyReusedException();
    }
    if (ledger.resolutionOf(hold.id()).isPresent()) {
      throw new PendingTransferResolvedException(hold.id());
    }
    return false;
  }

  /** Whether the release recorded under the key split the amount as this request would. */
  private boolean sameLegs(String key, CommissionSplit split) {
    if (split == null) {
      return true;
    }
    long merchant =
        ledger.findByKey(key + MERCHANT_SHARE_KEY).map(Transfer::amountMinor).orElse(0L);
    long commission = ledger.findByKey(key + COMMISSION_KEY).map(Transfer::amountMinor).orElse(0L);
    return merchant == split.merchantMinor() && commission == split.commissionMinor();
  }

  /**
   * Records a resolution and its legs. A resolution that loses the race on the unique key (its
   * snapshot predated the winner's commit) is refused as resolved; if the winner had this very key,
   * it was a twin of this request, which finds the first one's result when tried again.
   */
  private void add(Transfer hold, String key, List<Transfer> transfers) {
    try {
      ledger.add(transfers);
    } catch (PendingTransferResolvedException e) {
      if (reads
          .resolutionOf(hold.id())
          .map(Transfer::idempotencyKey)
          .filter(key::equals)
          .isPresent()) {
        throw new TransferKeyInUseException();
      }
      throw e;
    }
  }

  private static AccountRef providerClearing(String provider, String currency) {
    try {
      return AccountRef.providerClearing(provider, currency);
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("provider", "must be a provider's name in lower case");
    }
  }

  private static void requireKey(String key) {
    if (key == null || key.isBlank() || key.length() > Transfer.MAX_KEY_LENGTH) {
      throw new InvalidInputException(
          "key", "must be 1 to " + Transfer.MAX_KEY_LENGTH + " characters");
    }
  }
}
