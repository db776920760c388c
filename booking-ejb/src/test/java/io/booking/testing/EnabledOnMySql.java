package io.booking.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs a test class only when the in-container tests run on MySQL/MariaDB (BOOKING_IT_DB_URL);
 * otherwise JUnit skips it with a message saying how to run it. Decided before Arquillian deploys.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(EnabledOnMySql.Condition.class)
public @interface EnabledOnMySql {

  /** The check: the URL the build gives the tests, or the one the container inherited. */
  class Condition implements ExecutionCondition {

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
      String url = System.getProperty("booking.it.db.url", System.getenv("BOOKING_DB_URL"));
      if (url != null && url.matches("jdbc:(mysql|mariadb):.*")) {
        return ConditionEvaluationResult.enabled("running on MySQL/MariaDB");
      }
      return ConditionEvaluationResult.disabled(
          "No MySQL/MariaDB configured, MySQL tests skipped: set BOOKING_IT_DB_URL, e.g."
              + " jdbc:mysql://127.0.0.1:3306/booking_it?user=root, to run them");
    }
  }
}
