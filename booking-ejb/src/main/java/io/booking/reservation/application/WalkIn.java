package io.booking.reservation.application;

/** Staff book a place at the door for a guest without an account. */
public record WalkIn(long slotId, int partySize, String guestName) {

  /** The longest guest name the desk keeps (the column is VARCHAR(80)). */
  public static final int MAX_NAME = 80;
}
