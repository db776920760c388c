/**
 * The built-in sandbox payment provider: a stand-in for a payment service that behaves like one (a
 * hosted checkout page with test cards, signed notifications delivered asynchronously, retried,
 * duplicated and out of order, refunds and payouts that complete a moment later) and keeps its own
 * records in its own tables (sandbox_*). It takes no real money. The platform reaches it only
 * through the {@link io.booking.payment.domain.PaymentProvider} port; nothing here reads or writes
 * the platform's payments or ledger. Decision 0024 says how it behaves and why.
 */
package io.booking.payment.infrastructure.sandbox;
