package io.booking.identity.infrastructure;

import io.booking.identity.domain.Account;
import io.booking.identity.domain.AccountRepository;
import io.booking.identity.domain.StaffMembership;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

@ApplicationScoped
public class JpaAccountRepository implements AccountRepository {

  @PersistenceContext(unitName = "booking")
  private EntityManager em;

  @Override
  public Optional<Account> findById(long id) {
    return Optional.ofNullable(em.find(Account.class, id));
  }

  @Override
  public Optional<Account> findByUsername(String username) {
    return em.createNamedQuery("Account.findByUsername", Account.class)
        .setParameter("username", username)
        .getResultStream()
        .findFirst();
  }

  @Override
  public java.util.List<Account> findByIds(java.util.Collection<Long> ids) {
    if (ids.isEmpty()) {
      return java.util.List.of();
    }
    return em.createQuery("SELECT a FROM Account a WHERE a.id IN :ids", Account.class)
        .setParameter("ids", ids)
        .getResultList();
  }

  @Override
  public boolean emailInUse(String email) {
    return em.createNamedQuery("Account.findByEmail", Account.class)
        .setParameter("email", email)
        .getResultStream()
        .findFirst()
        .isPresent();
  }

  @Override
  public Optional<Account> lock(long id) {
    return Optional.ofNullable(
        em.find(Account.class, id, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE));
  }

  @Override
  public boolean lockRow(long id) {
    return !em.createNativeQuery("SELECT id FROM account WHERE id = ? FOR UPDATE")
        .setParameter(1, id)
        .getResultList()
        .isEmpty();
  }

  @Override
  public Account add(Account account) {
    em.persist(account);
    em.flush();
    return account;
  }

  @Override
  public void addStaffMembership(StaffMembership membership) {
    em.persist(membership);
  }

  @Override
  public java.util.List<Account> staffOf(long venueId) {
    return em.createQuery(
            "SELECT a FROM Account a WHERE a.id IN"
                + " (SELECT m.accountId FROM StaffMembership m WHERE m.venueId = :venue)"
                + " ORDER BY a.username",
            Account.class)
        .setParameter("venue", venueId)
        .getResultList();
  }

  @Override
  public boolean removeStaffMembership(long accountId, long venueId) {
    return em.createQuery(
                "DELETE FROM StaffMembership m WHERE m.accountId = :account AND m.venueId = :venue")
            .setParameter("account", accountId)
            .setParameter("venue", venueId)
            .executeUpdate()
        == 1;
  }

  @Override
  public Set<Long> venuesWorkedAt(long accountId) {
    return new HashSet<>(
        em.createNamedQuery("StaffMembership.findVenueIdsByAccount", Long.class)
            .setParameter("accountId", accountId)
            .getResultList());
  }
}
