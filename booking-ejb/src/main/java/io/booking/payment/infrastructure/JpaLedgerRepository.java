package io.booking.payment.infrastructure;

import io.booking.payment.domain.AccountRef;
import io.booking.payment.domain.LedgerAccount;
import io.booking.payment.domain.LedgerRepository;
import io.booking.payment.domain.PendingTransferResolvedException;
import io.booking.payment.domain.Transfer;
import io.booking.payment.domain.TransferKeyInUseException;
import io.booking.platform.infrastructure.UniqueKeys;
import io.booking.shared.domain.UnknownObjectException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaLedgerRepository implements LedgerRepository {

  @PersistenceContext(unitName = "booking")
  private EntityManager em;

  @Override
  public Optional<LedgerAccount> findAccount(AccountRef ref) {
    return em.createNamedQuery("LedgerAccount.findByKey", LedgerAccount.class)
        .setParameter("key", ref.key())
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<LedgerAccount> account(long accountId) {
    return Optional.ofNullable(em.find(LedgerAccount.class, accountId));
  }

  @Override
  public boolean open(LedgerAccount account) {
    em.persist(account);
    try {
      em.flush();
      return true;
    } catch (PersistenceException e) {
      if (UniqueKeys.violated(e, "uq_ledger_account_key")) {
        return false;
      }
      if (UniqueKeys.violated(e, "fk_ledger_account_owner")) {
        throw new UnknownObjectException("merchant", account.ref().merchantId());
      }
      throw e;
    }
  }

  @Override
  public Optional<Transfer> findTransfer(long transferId) {
    return Optional.ofNullable(em.find(Transfer.class, transferId));
  }

  @Override
  public Optional<Transfer> lockTransfer(long transferId) {
    return Optional.ofNullable(em.find(Transfer.class, transferId, LockModeType.PESSIMISTIC_WRITE));
  }

  @Override
  public Optional<Transfer> findByKey(String key) {
    return em.createNamedQuery("Transfer.findByKey", Transfer.class)
        .setParameter("key", key)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<Transfer> resolutionOf(long pendingId) {
    return em.createNamedQuery("Transfer.findResolutionOf", Transfer.class)
        .setParameter("pendingId", pendingId)
        .getResultStream()
        .findFirst();
  }

  @Override
  public void add(List<Transfer> transfers) {
    transfers.forEach(em::persist);
    try {
      em.flush();
    } catch (PersistenceException e) {
      if (UniqueKeys.violated(e, "uq_ledger_transfer_pending")) {
        long pendingId =
            transfers.stream()
                .filter(t -> t.pendingId() != null)
                .findFirst()
                .map(Transfer::pendingId)
                .orElse(0L);
        throw new PendingTransferResolvedException(pendingId);
      }
      if (UniqueKeys.violated(e, "uq_ledger_transfer_key")) {
        throw new TransferKeyInUseException();
      }
      throw e;
    }
  }
}
