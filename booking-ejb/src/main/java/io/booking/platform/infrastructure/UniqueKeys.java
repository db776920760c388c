package io.booking.platform.infrastructure;

import java.sql.SQLException;
import java.util.Locale;

/** Tells a unique key refusing a duplicate apart from other database failures. */
public final class UniqueKeys {

  private UniqueKeys() {}

  /** Whether the failure is the database refusing a row for a constraint (SQLState class 23). */
  public static boolean integrityViolation(Throwable failure) {
    return refusal(failure).isPresent();
  }

  /** Whether the failure is the unique key (or primary key) {@code constraint} refusing a row. */
  public static boolean violated(Throwable failure, String constraint) {
    return refusal(failure)
        .map(sql -> String.valueOf(sql.getMessage()).toLowerCase(Locale.ROOT))
        .filter(message -> message.contains(constraint.toLowerCase(Locale.ROOT)))
        .isPresent();
  }

  /** The first cause that is an integrity-constraint refusal. */
  private static java.util.Optional<SQLException> refusal(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql
          && sql.getSQLState() != null
          && sql.getSQLState().startsWith("23")) {
        return java.util.Optional.of(sql);
      }
    }
    return java.util.Optional.empty();
  }
}
