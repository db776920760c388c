package io.booking.identity.domain;

import io.booking.shared.domain.BusinessConflictException;

public class UsernameTakenException extends BusinessConflictException {

  public UsernameTakenException(String username) {
    super("username-taken", "The username '" + username + "' is already taken.");
  }
}
