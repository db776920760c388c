package io.booking.payment.domain;

/**
 * One broken invariant of the ledger: which rule ({@code currency-sum}, {@code account-currency},
 * {@code resolution-shape}, {@code resolved-twice}, {@code subject-escrow}, {@code
 * escrow-released-in-full}) and what breaks it, in words.
 */
public record LedgerViolation(String rule, String detail) {}
