package io.booking.reservation.domain;

/** Through what a booking was made. */
public enum Channel {
  API,
  WEB,
  DESK
}
