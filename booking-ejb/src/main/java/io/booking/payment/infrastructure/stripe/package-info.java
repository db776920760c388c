/**
 * The Stripe payment provider: the {@link io.booking.payment.domain.PaymentProvider} port on
 * Stripe's own Java SDK (stripe-java), with Stripe Checkout as the hosted payment page and Stripe's
 * signed webhooks as the notifications. Stripe keeps the records; nothing here has a table.
 * Decision 0025 says how each port method maps onto Stripe's API and what is not covered.
 */
package io.booking.payment.infrastructure.stripe;
