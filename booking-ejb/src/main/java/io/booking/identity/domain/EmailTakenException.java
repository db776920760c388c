package io.booking.identity.domain;

import io.booking.shared.domain.BusinessConflictException;

public class EmailTakenException extends BusinessConflictException {

  public EmailTakenException() {
    super("email-taken", "An account with this e-mail address already exists.");
  }
}
