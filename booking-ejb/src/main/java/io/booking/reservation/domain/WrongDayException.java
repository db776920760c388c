package io.booking.reservation.domain;

import io.booking.shared.domain.BusinessConflictException;
import java.time.LocalDate;

public class WrongDayException extends BusinessConflictException {

  private final LocalDate visitDay;

  public WrongDayException(LocalDate visitDay, LocalDate today) {
    super(
        "wrong-day",
        "This reservation is for "
            + visitDay
            + ", not today ("
            + today
            + "); it can be checked in on its day only.");
    this.visitDay = visitDay;
  }

  /** The day of the visit, in the venue's zone. */
  public LocalDate visitDay() {
    return visitDay;
  }
}
