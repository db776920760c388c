package io.booking.payment.application;

import io.booking.payment.domain.AccountBalance;
import io.booking.payment.domain.CurrencyTotal;
import java.util.List;

/** Every account's balances and their sums per currency, which are 0 while the ledger is sound. */
public record BalanceSheet(List<AccountBalance> accounts, List<CurrencyTotal> totals) {

  public BalanceSheet {
    accounts = List.copyOf(accounts);
    totals = List.copyOf(totals);
  }
}
