package io.booking.payment.application;

import io.booking.identity.application.AccountService;
import io.booking.identity.domain.Role;
import io.booking.shared.domain.ForbiddenException;

/** The payment context's administrator-only operations ask here first (403 for anyone else). */
final class Administrators {

  private Administrators() {}

  static void require(AccountService accounts, long accountId, String what) {
    if (!accounts.account(accountId).roles().contains(Role.ADMIN)) {
      throw new ForbiddenException("Only administrators " + what + ".");
    }
  }
}
