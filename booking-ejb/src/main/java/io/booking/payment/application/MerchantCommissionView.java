package io.booking.payment.application;

/**
 * The commission rate a merchant's releases take, in basis points, and whether it is the merchant's
 * own rate or the platform default.
 */
public record MerchantCommissionView(long merchantId, int basisPoints, boolean merchantRate) {}
