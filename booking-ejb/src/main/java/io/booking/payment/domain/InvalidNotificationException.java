package io.booking.payment.domain;

import io.booking.shared.domain.DomainException;

/**
 * A notification whose signature is wrong or too old, or whose body cannot be read: 400, and the
 * provider delivers it again (a real one that was tampered with or delayed never passes).
 */
public class InvalidNotificationException extends DomainException {

  public InvalidNotificationException(String message) {
    super("invalid-notification", message);
  }
}
