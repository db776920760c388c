package io.booking.payment.domain;

/** The two phases of a transfer, and the one-phase transfer. */
public enum TransferKind {
  /** Counts in the pending balances only, until a POST or a VOID resolves it. */
  PENDING,
  /** Posts up to the pending transfer's amount on its accounts; the rest is released. */
  POST,
  /** Releases the whole pending amount. */
  VOID,
  /** Posted at once. */
  POSTED;

  /** Whether this kind resolves a pending transfer (and so names it). */
  public boolean resolves() {
    return this == POST || this == VOID;
  }
}
