package io.booking.reservation.domain;

import io.booking.shared.domain.BusinessConflictException;
import java.time.LocalDate;

/** A walk-in is for today, in the venue's zone: the guest is at the door now. */
public class NotTodayException extends BusinessConflictException {

  public NotTodayException(LocalDate slotDay, LocalDate today) {
    super(
        "not-today",
        "This slot is on " + slotDay + ", not today (" + today + "); walk-ins are for today.");
  }
}
