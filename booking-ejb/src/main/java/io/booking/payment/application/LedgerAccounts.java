package io.booking.payment.application;

import io.booking.payment.domain.AccountRef;
import io.booking.payment.domain.LedgerAccount;
import io.booking.payment.domain.LedgerRepository;
import jakarta.annotation.Resource;
import jakarta.ejb.ApplicationException;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Optional;

/**
 * Finds a ledger account, opening it on its first use in a transaction of its own: an account with
 * no transfers changes no balance, so it may outlive a caller that rolls back, and two callers that
 * need the same new account at once (two first payments to one merchant) never fail each other's
 * transaction on its unique key; the one that loses the insert reads the winner's.
 */
@Stateless
public class LedgerAccounts {

  private static final int ATTEMPTS = 3;

  @Inject LedgerRepository ledger;

  @Inject Clock clock;

  @Resource SessionContext context;

  @EJB LedgerReads reads;

  /** The account's id, in the caller's transaction if it exists; opened otherwise. */
  public long idOf(AccountRef ref) {
    return account(ref).id();
  }

  /** The account, in the caller's transaction if it exists; opened otherwise. */
  public LedgerAccount account(AccountRef ref) {
    Optional<LedgerAccount> found = ledger.findAccount(ref);
    if (found.isPresent()) {
      return found.get();
    }
    LedgerAccounts self = context.getBusinessObject(LedgerAccounts.class);
    for (int attempt = 1; ; attempt++) {
      try {
        long id = self.open(ref);
        // Accounts never change: the caller may use the row another transaction committed.
        return byId(id);
      } catch (OpenedMeanwhile twin) {
        if (attempt == ATTEMPTS) {
          throw new IllegalStateException("Could not open the ledger account " + ref.key());
        }
      }
    }
  }

  /** Opens the account in a new transaction, or finds the one a twin opened first. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public long open(AccountRef ref) {
    Optional<LedgerAccount> found = ledger.findAccount(ref);
    if (found.isPresent()) {
      return found.get().id();
    }
    LedgerAccount account = new LedgerAccount(ref, clock.instant());
    if (!ledger.open(account)) {
      throw new OpenedMeanwhile();
    }
    return account.id();
  }

  /**
   * The account with this id, also when it was opened after the caller's snapshot began (accounts
   * never change: the row another transaction committed is the one the caller would see).
   */
  public LedgerAccount byId(long accountId) {
    return ledger
        .account(accountId)
        .or(() -> reads.account(accountId))
        .orElseThrow(() -> new IllegalStateException("No ledger account " + accountId));
  }

  /** A twin opened the same account first; rolls this attempt back so the next one finds it. */
  @ApplicationException(rollback = true)
  static class OpenedMeanwhile extends RuntimeException {
    OpenedMeanwhile() {
      super("ledger account opened meanwhile", null, false, false);
    }
  }
}
