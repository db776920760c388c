package io.booking.payment.application;

/** A refund was decided; after commit it is sent to the provider. */
public record RefundRequested(long refundId) {}
