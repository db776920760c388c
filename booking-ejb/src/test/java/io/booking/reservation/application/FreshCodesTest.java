package io.booking.reservation.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.booking.reservation.domain.ReservationCodeTakenException;
import io.booking.reservation.domain.SlotSoldOutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class FreshCodesTest {

  @Test
  void aTakenCodeIsTriedAgainAndTheSecondAttemptCounts() {
    AtomicInteger attempts = new AtomicInteger();

    String made =
        FreshCodes.retrying(
            () -> {
              if (attempts.incrementAndGet() == 1) {
                throw new ReservationCodeTakenException();
              }
              return "booked";
            });

    assertEquals("booked", made);
    assertEquals(2, attempts.get());
  }

  @Test
  void threeTakenCodesInARowGiveUpWithTheConflict() {
    AtomicInteger attempts = new AtomicInteger();

    assertThrows(
        ReservationCodeTakenException.class,
        () ->
            FreshCodes.retrying(
                () -> {
                  attempts.incrementAndGet();
                  throw new ReservationCodeTakenException();
                }));
    assertEquals(3, attempts.get());
  }

  @Test
  void anyOtherRefusalIsNotRetried() {
    AtomicInteger attempts = new AtomicInteger();

    assertThrows(
        SlotSoldOutException.class,
        () ->
            FreshCodes.retrying(
                () -> {
                  attempts.incrementAndGet();
                  throw new SlotSoldOutException(2, 1);
                }));
    assertEquals(1, attempts.get());
  }
}
