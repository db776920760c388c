package io.booking.payment.domain;

import io.booking.shared.domain.BusinessConflictException;

/**
 * Another request was recording a transfer under the same key at the same moment and committed
 * first. Nothing was recorded; the same request again finds the first one's transfer.
 */
public class TransferKeyInUseException extends BusinessConflictException {

  public TransferKeyInUseException() {
    super(
        "ledger-key-in-use",
        "A transfer with this key was being recorded by another request; try again.");
  }
}
