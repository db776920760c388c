package io.booking.payment.domain;

import java.util.List;
import java.util.Optional;

/** Accounts and transfers. There is no update and no delete here: transfers are only ever added. */
public interface LedgerRepository {

  Optional<LedgerAccount> findAccount(AccountRef ref);

  Optional<LedgerAccount> account(long accountId);

  /**
   * Inserts the account at once.
   *
   * @return false when an account with its key exists already (opened by a twin just now)
   */
  boolean open(LedgerAccount account);

  Optional<Transfer> findTransfer(long transferId);

  /**
   * The transfer, its row locked until the transaction ends: every request that resolves a pending
   * transfer takes this lock first, so they run one after another.
   */
  Optional<Transfer> lockTransfer(long transferId);

  Optional<Transfer> findByKey(String key);

  /** The POST or VOID that resolved the pending transfer, if one did. */
  Optional<Transfer> resolutionOf(long pendingId);

  /**
   * Inserts the transfers at once, in one flush.
   *
   * @throws PendingTransferResolvedException when one resolves a pending transfer that another
   *     transfer resolved meanwhile (the unique key on the pending transfer's id)
   * @throws TransferKeyInUseException when another transfer took one's key meanwhile
   */
  void add(List<Transfer> transfers);
}
