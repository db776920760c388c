package io.booking.payment.application;

/** A statement asked for a payout; after commit it is sent to the provider. */
public record PayoutRequested(long payoutId) {}
