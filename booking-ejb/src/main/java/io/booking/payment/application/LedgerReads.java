package io.booking.payment.application;

import io.booking.payment.domain.LedgerAccount;
import io.booking.payment.domain.LedgerRepository;
import io.booking.payment.domain.Transfer;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * Reads in a transaction of their own, for a caller whose snapshot (MySQL's repeatable read) began
 * before the row it needs was committed: accounts and transfers never change once written, so what
 * such a read finds is what the caller's transaction would see once it looked again.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class LedgerReads {

  @Inject LedgerRepository ledger;

  public Optional<LedgerAccount> account(long accountId) {
    return ledger.account(accountId);
  }

  /** The POST or VOID that resolved the pending transfer, as committed now. */
  public Optional<Transfer> resolutionOf(long pendingId) {
    return ledger.resolutionOf(pendingId);
  }
}
