package io.booking.identity.domain;

import java.util.Optional;
import java.util.Set;

public interface AccountRepository {

  Optional<Account> findById(long id);

  Optional<Account> findByUsername(String username);

  /**
   * The account, its row locked until the transaction ends: changes to its roles and memberships
   * run one after another.
   */
  Optional<Account> lock(long id);

  /**
   * Locks the account's row until the transaction ends without reading the account: rules that
   * count what one customer holds (the daily booking limit) then see one request at a time. Must be
   * the transaction's first read, so that its snapshot includes what the previous holder committed.
   *
   * @return false when there is no such account
   */
  boolean lockRow(long id);

  boolean emailInUse(String email);

  java.util.List<Account> findByIds(java.util.Collection<Long> ids);

  /** Stores the account now, so that a unique-key clash is reported here and not at commit. */
  Account add(Account account);

  void addStaffMembership(StaffMembership membership);

  Set<Long> venuesWorkedAt(long accountId);

  java.util.List<Account> staffOf(long venueId);

  boolean removeStaffMembership(long accountId, long venueId);
}
