package io.booking.reservation.domain;

import io.booking.shared.domain.BusinessConflictException;
import java.time.LocalDate;

public class WrongDayException extends BusinessConflictException {

  public WrongDayException(LocalDate visitDay, LocalDate today) {
    super(
        "wrong-day",
        "This reservation is for "
            + visitDay
            + ", not today ("
            + today
            + "); it can be checked in on its day only.");
  }
}
