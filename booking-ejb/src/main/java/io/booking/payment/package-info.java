/**
 * Payment: payments through a provider port ({@link io.booking.payment.domain.PaymentProvider}), a
 * double-entry, append-only escrow ledger of two-phase transfers, refunds by the offering's policy,
 * settlement to merchants and reconciliation with the provider. Comes after reservation in
 * DESIGN.md's order: it uses reservation, inventory, catalog and identity, and they react to
 * nothing of it. The money model is docs/decisions/0023-money-model.md.
 */
package io.booking.payment;
