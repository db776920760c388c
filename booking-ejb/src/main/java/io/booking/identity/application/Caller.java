package io.booking.identity.application;

import io.booking.identity.domain.Role;
import java.util.Set;

/** Who is calling, as proven by a token or a session. */
public record Caller(long accountId, String username, Set<Role> roles)
    implements java.io.Serializable {

  public Caller {
    roles = Set.copyOf(roles);
  }

  public boolean hasRole(Role role) {
    return roles.contains(role);
  }
}
