package io.booking.payment.application;

/** A booking was let go before its customer paid; after commit the provider's checkout closes. */
public record CheckoutAbandoned(long paymentId) {}
