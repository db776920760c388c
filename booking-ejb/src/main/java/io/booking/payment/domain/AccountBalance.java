package io.booking.payment.domain;

/**
 * An account's balances in minor units, credits minus debits: posted, and pending (the pending
 * transfers not yet resolved). An account that holds money for others (escrow, payable, commission)
 * has a credit balance; the provider's clearing account has a debit (negative) one.
 */
public record AccountBalance(
    long accountId,
    AccountType type,
    Long merchantId,
    String provider,
    String currency,
    long postedMinor,
    long pendingMinor) {}
