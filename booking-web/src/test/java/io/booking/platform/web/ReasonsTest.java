package io.booking.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.booking.catalog.application.OfferingSpec;
import io.booking.identity.domain.RegistrationPolicy;
import io.booking.shared.domain.FieldError;
import io.booking.shared.domain.InvalidInputException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

/** The domain's English reasons for refusing an input, as a Chinese page shows them. */
class ReasonsTest {

  private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

  @Test
  void numbersAreCarriedIntoTheTranslation() {
    assertEquals("须在 1 到 180 之间", Reasons.in(ZH, "must be between 1 and 180"));
    assertEquals("须在 -90 到 90 之间", Reasons.in(ZH, "must be between -90 and 90"));
    assertEquals("最多 80 个字符", Reasons.in(ZH, "must be at most 80 characters"));
  }

  @Test
  void englishPagesShowTheReasonAsWritten() {
    String username =
        "must be 3 to 32 characters: letters, digits, '.', '_' or '-', starting with a letter or digit";
    assertEquals(username, Reasons.in(Locale.ENGLISH, username));
    assertEquals(
        "must be between 5 and 1440", Reasons.in(Locale.ENGLISH, "must be between 5 and 1440"));
  }

  @Test
  void aReasonTheBundleDoesNotKnowIsShownAsWritten() {
    assertEquals("must be one of [A, B]", Reasons.in(ZH, "must be one of [A, B]"));
    assertEquals("", Reasons.in(ZH, ""));
  }

  @Test
  void whatTheRegistrationAndOfferingRulesSayIsTranslated() {
    List<FieldError> registration =
        RegistrationPolicy.check("x", "not-an-address", "short", "y".repeat(81));
    assertFalse(registration.isEmpty());
    InvalidInputException offering =
        assertThrows(
            InvalidInputException.class,
            () -> new OfferingSpec("", 1, 0, 9, BigDecimal.ONE, "yuan", -1, -5, 999, null).check());
    for (FieldError e : concat(registration, offering.errors())) {
      String shown = Reasons.in(ZH, e.reason());
      assertTrue(
          shown
              .codePoints()
              .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN),
          e.field() + ": \"" + e.reason() + "\" has no Chinese text: " + shown);
    }
  }

  @Test
  void everyKeyIsTheOneItsEnglishTextGives() {
    ResourceBundle english = ResourceBundle.getBundle(Reasons.BUNDLE, Locale.ROOT);
    for (String key : english.keySet()) {
      // The English texts hold {0}, {1} where the domain's reasons hold numbers.
      String reason = english.getString(key).replace("{0}", "7").replace("{1}", "8");
      assertEquals(key, Reasons.keyOf(reason, new java.util.ArrayList<>()), "key of " + reason);
      assertEquals(reason, Reasons.in(Locale.ENGLISH, reason), "English stays as written");
    }
  }

  private static List<FieldError> concat(List<FieldError> a, List<FieldError> b) {
    return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
  }
}
