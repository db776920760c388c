package io.booking.payment.domain;

import io.booking.shared.domain.InvalidInputException;

/** The key came back with another transfer: a caller's bug, never a repeat. */
public class TransferKeyReusedException extends InvalidInputException {

  public TransferKeyReusedException() {
    super("key", "was already used for another transfer");
  }
}
