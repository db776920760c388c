package io.booking.identity.application;

import io.booking.identity.domain.Account;
import io.booking.identity.domain.AccountRepository;
import io.booking.identity.domain.AuthenticationFailedException;
import io.booking.identity.domain.EmailTakenException;
import io.booking.identity.domain.RegistrationPolicy;
import io.booking.identity.domain.Role;
import io.booking.identity.domain.StaffMembership;
import io.booking.identity.domain.UsernameTakenException;
import io.booking.shared.domain.FieldError;
import io.booking.shared.domain.InvalidInputException;
import io.booking.shared.domain.UnknownObjectException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Registration, sign-in and the facts about an account other contexts may ask for. */
@Stateless
public class AccountService {

  @Inject AccountRepository accounts;

  @Inject PasswordHasher passwords;

  @Inject LoginThrottle throttle;

  @Inject TokenService tokens;

  @Inject Clock clock;

  /** A registration from the sign-up page or the API, limited per client address. */
  public AccountView register(
      String username, String email, String password, String displayName, String clientAddress) {
    throttle.reserveRegistration(clientAddress);
    return register(username, email, password, displayName);
  }

  /** A registration the platform makes itself (demo data, tests): no address to limit. */
  public AccountView register(String username, String email, String password, String displayName) {
    List<FieldError> problems = RegistrationPolicy.check(username, email, password, displayName);
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    String user = RegistrationPolicy.normalizeUsername(username);
    String mail = RegistrationPolicy.normalizeEmail(email);
    if (accounts.findByUsername(user).isPresent()) {
      throw new UsernameTakenException(user);
    }
    if (accounts.emailInUse(mail)) {
      throw new EmailTakenException();
    }
    Account account =
        new Account(user, mail, displayName.strip(), passwords.hash(password), clock.instant());
    try {
      accounts.add(account);
    } catch (PersistenceException concurrentRegistration) {
      // Someone registered the same username or e-mail between the check and the insert.
      throw new UsernameTakenException(user);
    }
    return AccountView.of(account);
  }

  /** Checks a password, with the attempt limits applied, and issues a token for the account. */
  public IssuedToken signIn(String username, String password, String clientAddress) {
    return tokens.issue(authenticate(username, password, clientAddress));
  }

  /** The caller whose password this is; used by the API's token endpoint and the login form. */
  public Caller verifyPassword(String username, String password, String clientAddress) {
    Account account = authenticate(username, password, clientAddress);
    return new Caller(account.id(), account.username(), account.roles());
  }

  /**
   * The account as it is now, for a session signed in earlier: a role granted or taken away since
   * (an approved application, a staff invitation or removal) counts from the next request. Empty
   * when the account is gone.
   */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public Optional<Caller> currentCaller(long accountId) {
    return accounts.findById(accountId).map(a -> new Caller(a.id(), a.username(), a.roles()));
  }

  private Account authenticate(String username, String password, String clientAddress) {
    String user = RegistrationPolicy.normalizeUsername(username);
    if (user == null || user.isEmpty() || password == null || password.isEmpty()) {
      throw new AuthenticationFailedException();
    }
    throttle.reserve(user, clientAddress);
    Account account = accounts.findByUsername(user).orElse(null);
    boolean ok =
        account == null
            ? passwords.matchesNothing(password)
            : passwords.matches(password, account.passwordHash());
    if (!ok) {
      throw new AuthenticationFailedException();
    }
    throttle.signedIn(user, clientAddress);
    return account;
  }

  public AccountView account(long accountId) {
    return accounts
        .findById(accountId)
        .map(AccountView::of)
        .orElseThrow(() -> new UnknownObjectException("account", accountId));
  }

  /** Display names by account id, for lists that show who booked. */
  public java.util.Map<Long, String> displayNames(java.util.Collection<Long> accountIds) {
    return accounts.findByIds(accountIds).stream()
        .collect(java.util.stream.Collectors.toMap(Account::id, Account::displayName));
  }

  public Set<Long> venuesWorkedAt(long accountId) {
    return accounts.venuesWorkedAt(accountId);
  }

  /** Makes an account staff of a venue. The venue's existence is the caller's concern. */
  public void addStaff(long accountId, long venueId) {
    Account account =
        accounts
            .findById(accountId)
            .orElseThrow(() -> new UnknownObjectException("account", accountId));
    account.grant(Role.STAFF);
    accounts.addStaffMembership(new StaffMembership(accountId, venueId));
  }

  /** Makes the account with this username staff of a venue; 422 for an unknown username. */
  public AccountView addStaffByUsername(String username, long venueId) {
    Account found =
        accounts
            .findByUsername(RegistrationPolicy.normalizeUsername(username))
            .orElseThrow(
                () -> new InvalidInputException("username", "no account has this username"));
    // Locked so that the same invitation sent twice at once checks and adds one after the other.
    Account account = accounts.lock(found.id()).orElseThrow();
    if (accounts.venuesWorkedAt(account.id()).contains(venueId)) {
      throw new io.booking.shared.domain.BusinessConflictException(
          "already-staff", account.username() + " works at this venue already.");
    }
    account.grant(Role.STAFF);
    accounts.addStaffMembership(new StaffMembership(account.id(), venueId));
    return AccountView.of(account);
  }

  /** Ends an account's work at a venue; the STAFF role goes with the last venue. */
  public void removeStaff(long accountId, long venueId) {
    if (!accounts.removeStaffMembership(accountId, venueId)) {
      throw new UnknownObjectException("staff member", accountId);
    }
    if (accounts.venuesWorkedAt(accountId).isEmpty()) {
      accounts.findById(accountId).ifPresent(a -> a.revoke(Role.STAFF));
    }
  }

  public java.util.List<AccountView> staffOf(long venueId) {
    return accounts.staffOf(venueId).stream().map(AccountView::of).toList();
  }

  public void grant(long accountId, Role role) {
    accounts
        .findById(accountId)
        .orElseThrow(() -> new UnknownObjectException("account", accountId))
        .grant(role);
  }
}
