package io.booking.payment.application;

import java.time.Instant;

/**
 * The platform's default commission rate in basis points (1000 = 10 %), and when an administrator
 * last set it (none for the rate the platform was installed with).
 */
public record CommissionView(int basisPoints, Instant updatedAt) {}
