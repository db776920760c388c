package io.booking.payment.domain;

import java.util.regex.Pattern;

/**
 * What a transfer is about: a type and an id, such as reservation 42 (orders and payouts later).
 * The per-subject invariant is kept on it: pending escrow = paid - refunded - released.
 */
public record Subject(String type, long id) {

  public static final String RESERVATION = "reservation";

  private static final Pattern TYPE = Pattern.compile("[a-z][a-z-]{0,15}");

  public Subject {
    if (type == null || !TYPE.matcher(type).matches()) {
      throw new IllegalArgumentException(
          "A subject's type is 1 to 16 lower-case letters or dashes, not " + type);
    }
    if (id <= 0) {
      throw new IllegalArgumentException("A subject's id is positive, not " + id);
    }
  }

  public static Subject reservation(long reservationId) {
    return new Subject(RESERVATION, reservationId);
  }

  @Override
  public String toString() {
    return type + " " + id;
  }
}
