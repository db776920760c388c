package io.booking.identity.domain;

import io.booking.shared.domain.FieldError;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** What a new account must look like. Pure rules, so they are tested without a container. */
public final class RegistrationPolicy {

  public static final int MIN_PASSWORD_LENGTH = 8;
  public static final int MAX_PASSWORD_LENGTH = 128;

  private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,31}");
  // Deliberately simple: one @, a dot in the domain, no spaces. Deliverability is proven by mail.
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}");
  private static final Set<String> COMMON_PASSWORDS =
      Set.of(
          "password",
          "password1",
          "password123",
          "12345678",
          "123456789",
          "1234567890",
          "qwertyuiop",
          "qwerty123",
          "iloveyou",
          "admin123",
          "letmein1",
          "welcome1",
          "abc12345",
          "11111111",
          "00000000",
          "passw0rd",
          "sunshine1",
          "football1");

  private RegistrationPolicy() {}

  public static String normalizeUsername(String username) {
    return username == null ? null : username.trim().toLowerCase(Locale.ROOT);
  }

  public static String normalizeEmail(String email) {
    return email == null ? null : email.trim().toLowerCase(Locale.ROOT);
  }

  /** Every problem with the proposed account, empty when it is acceptable. */
  public static List<FieldError> check(
      String username, String email, String password, String displayName) {
    List<FieldError> errors = new ArrayList<>();
    String user = normalizeUsername(username);
    if (user == null || user.isEmpty()) {
      errors.add(new FieldError("username", "is required"));
    } else if (!USERNAME.matcher(user).matches()) {
      errors.add(
          new FieldError(
              "username",
              "must be 3 to 32 characters: letters, digits, '.', '_' or '-', starting with a letter"
                  + " or digit"));
    }
    String mail = normalizeEmail(email);
    if (mail == null || mail.isEmpty()) {
      errors.add(new FieldError("email", "is required"));
    } else if (mail.length() > 254 || !EMAIL.matcher(mail).matches()) {
      errors.add(new FieldError("email", "is not a valid e-mail address"));
    }
    if (displayName == null || displayName.isBlank()) {
      errors.add(new FieldError("displayName", "is required"));
    } else if (displayName.strip().length() > 80) {
      errors.add(new FieldError("displayName", "must be at most 80 characters"));
    }
    passwordProblem(password, user).ifPresent(r -> errors.add(new FieldError("password", r)));
    return errors;
  }

  private static java.util.Optional<String> passwordProblem(String password, String username) {
    if (password == null || password.isEmpty()) {
      return java.util.Optional.of("is required");
    }
    if (password.length() < MIN_PASSWORD_LENGTH) {
      return java.util.Optional.of("must be at least " + MIN_PASSWORD_LENGTH + " characters");
    }
    if (password.length() > MAX_PASSWORD_LENGTH) {
      return java.util.Optional.of("must be at most " + MAX_PASSWORD_LENGTH + " characters");
    }
    boolean letter = password.chars().anyMatch(Character::isLetter);
    boolean other = password.chars().anyMatch(c -> !Character.isLetter(c));
    if (!letter || !other) {
      return java.util.Optional.of("must mix letters with digits or symbols");
    }
    String lower = password.toLowerCase(Locale.ROOT);
    if (COMMON_PASSWORDS.contains(lower)) {
      return java.util.Optional.of("is too common");
    }
    if (username != null && !username.isEmpty() && lower.contains(username)) {
      return java.util.Optional.of("must not contain the username");
    }
    return java.util.Optional.empty();
  }
}
