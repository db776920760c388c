package io.booking.payment.domain;

import java.util.List;

/**
 * Balances and the ledger's invariants, read from the transfers in one statement each (each
 * statement sees one consistent state of the database).
 */
public interface LedgerQueries {

  /** Every account with its posted and pending balance. */
  List<AccountBalance> balances();

  /** The sums of all balances per currency (of the accounts). */
  List<CurrencyTotal> totals();

  /**
   * What the pending transfers into escrow about the subject still hold, per currency; a currency
   * with 0 when every hold was resolved. Empty when the subject was never paid.
   */
  List<CurrencyTotal> heldFor(Subject subject);

  /** Every transfer whose accounts are not in its currency. */
  List<LedgerViolation> accountCurrencies();

  /**
   * Every POST or VOID that does not mirror its pending transfer (another kind, other accounts,
   * currency or subject, a post over the pending amount, a void of another amount), and every
   * transfer whose kind and pending_id disagree.
   */
  List<LedgerViolation> resolutionShapes();

  /** Pending transfers resolved more than once. */
  List<LedgerViolation> resolvedTwice();

  /** Subjects whose pending escrow is not paid − refunded − released. */
  List<LedgerViolation> subjectEscrow();

  /** Subjects with posted money left in escrow (a post whose split legs do not add up to it). */
  List<LedgerViolation> escrowReleasedInFull();

  /**
   * Statement lines that settle anything but a posted credit of their own merchant's payable
   * account in the statement's currency, for its amount, and credits settled more than once.
   */
  List<LedgerViolation> settledOnce();

  /**
   * Merchants' payable accounts whose posted balance is not the sum of their unsettled credits, and
   * payouts-in-flight accounts whose balance is not the sum of their payouts still in flight.
   */
  List<LedgerViolation> settlementBalances();
}
