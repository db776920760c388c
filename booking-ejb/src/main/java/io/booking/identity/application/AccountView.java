package io.booking.identity.application;

import io.booking.identity.domain.Account;
import io.booking.identity.domain.Role;
import java.time.Instant;
import java.util.Set;

/** An account as the outside may see it: never the password hash. */
public record AccountView(
    long id,
    String username,
    String email,
    String displayName,
    Set<Role> roles,
    Instant createdAt) {

  static AccountView of(Account a) {
    return new AccountView(
        a.id(), a.username(), a.email(), a.displayName(), a.roles(), a.createdAt());
  }
}
