package io.booking.identity.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.booking.shared.domain.FieldError;
import java.util.List;
import org.junit.jupiter.api.Test;

class RegistrationPolicyTest {

  private static List<String> fields(List<FieldError> errors) {
    return errors.stream().map(FieldError::field).toList();
  }

  @Test
  void aSensibleAccountPasses() {
    assertTrue(
        RegistrationPolicy.check("mei.chen", "mei@example.com", "dumplings-42", "Mei").isEmpty());
  }

  @Test
  void theDemoPasswordIsAcceptable() {
    assertTrue(RegistrationPolicy.check("diner", "d@example.com", "demo-2026", "Diner").isEmpty());
  }

  @Test
  void everyBadFieldIsNamed() {
    List<FieldError> errors = RegistrationPolicy.check("x", "not-an-email", "short", " ");
    assertEquals(List.of("username", "email", "displayName", "password"), fields(errors));
  }

  @Test
  void weakPasswordsAreRefusedWithAReason() {
    assertEquals(
        "must mix letters with digits or symbols",
        RegistrationPolicy.check("anna", "a@example.com", "onlyletters", "A").get(0).reason());
    assertEquals(
        "is too common",
        RegistrationPolicy.check("anna", "a@example.com", "Password123", "A").get(0).reason());
    assertEquals(
        "must not contain the username",
        RegistrationPolicy.check("anna", "a@example.com", "anna-2026!", "A").get(0).reason());
  }

  @Test
  void usernamesAndEmailsAreNormalizedToLowerCase() {
    assertEquals("mei.chen", RegistrationPolicy.normalizeUsername("  Mei.Chen "));
    assertEquals("mei@example.com", RegistrationPolicy.normalizeEmail("MEI@Example.com"));
  }
}
