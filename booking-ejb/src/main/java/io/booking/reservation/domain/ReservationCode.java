package io.booking.reservation.domain;

import java.security.SecureRandom;
import java.util.regex.Pattern;

/**
 * The short code a customer shows at the door: eight characters from an alphabet without
 * look-alikes (no 0/O, 1/I/L), about 8.5 × 10^11 possibilities, drawn from a secure random source
 * so that codes cannot be guessed from one another.
 */
public final class ReservationCode {

  static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
  public static final int LENGTH = 8;
  private static final Pattern FORMAT = Pattern.compile("[" + ALPHABET + "]{" + LENGTH + "}");
  private static final SecureRandom RANDOM = new SecureRandom();

  private ReservationCode() {}

  public static String next() {
    char[] code = new char[LENGTH];
    for (int i = 0; i < LENGTH; i++) {
      code[i] = ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length()));
    }
    return new String(code);
  }

  /** Accepts what people type: lower case, spaces and dashes, e.g. "k7qf-m2xd". */
  public static String normalize(String typed) {
    return typed == null ? "" : typed.replaceAll("[\\s-]", "").toUpperCase(java.util.Locale.ROOT);
  }

  /** The code as people read it aloud and type it: two groups of four, e.g. "K7PM-3QXA". */
  public static String forPeople(String code) {
    return code != null && code.length() == LENGTH
        ? code.substring(0, LENGTH / 2) + "-" + code.substring(LENGTH / 2)
        : code;
  }

  public static boolean isWellFormed(String code) {
    return code != null && FORMAT.matcher(code).matches();
  }
}
