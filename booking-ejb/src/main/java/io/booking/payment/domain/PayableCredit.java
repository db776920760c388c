package io.booking.payment.domain;

import java.time.Instant;

/**
 * A ledger transfer that credited a merchant's payable account and no statement has settled yet: a
 * release's merchant share ({@code commissionMinor} is its commission leg, {@code paidMinor} what
 * the subject's payment charged, 0 when there is none) or a payout that came back.
 */
public record PayableCredit(
    long transferId,
    Subject subject,
    String reason,
    long amountMinor,
    long commissionMinor,
    long paidMinor,
    Instant createdAt) {}
