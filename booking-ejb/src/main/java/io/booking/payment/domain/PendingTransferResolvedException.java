package io.booking.payment.domain;

import io.booking.shared.domain.BusinessConflictException;

/**
 * The pending transfer was posted or voided already, by another request (another key): a release
 * and a refund raced, or a release came twice. Nothing was recorded; 409 {@code already-resolved}.
 */
public class PendingTransferResolvedException extends BusinessConflictException {

  private final long pendingId;

  public PendingTransferResolvedException(long pendingId) {
    super(
        "already-resolved",
        "The pending transfer " + pendingId + " was already posted or voided by another request.");
    this.pendingId = pendingId;
  }

  public long pendingId() {
    return pendingId;
  }
}
