package io.booking.payment.application;

import io.booking.payment.domain.LedgerViolation;
import java.util.List;

/** What {@link Ledger#check()} found wrong with the ledger: nothing, when it is healthy. */
public record LedgerCheck(List<LedgerViolation> violations) {

  public LedgerCheck {
    violations = List.copyOf(violations);
  }

  public boolean healthy() {
    return violations.isEmpty();
  }

  /** The rules broken, each once, in the order found. */
  public List<String> rulesBroken() {
    return violations.stream().map(LedgerViolation::rule).distinct().toList();
  }
}
