package io.booking.reservation.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReservationCodeTest {

  @Test
  void codesAreWellFormedAndDoNotRepeat() {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 10_000; i++) {
      String code = ReservationCode.next();
      assertTrue(ReservationCode.isWellFormed(code), code);
      seen.add(code);
    }
    assertEquals(10_000, seen.size());
  }

  @Test
  void codesAvoidLookAlikeCharacters() {
    for (int i = 0; i < 1_000; i++) {
      String code = ReservationCode.next();
      assertTrue(code.chars().noneMatch(c -> "01OIL".indexOf(c) >= 0), code);
    }
  }

  @Test
  void typedCodesAreNormalized() {
    assertEquals("K7QFM2XD", ReservationCode.normalize(" k7qf-m2xd "));
    assertFalse(ReservationCode.isWellFormed("K7QF0M2X"));
  }

  @Test
  void codesAreShownInTwoGroupsOfFour() {
    assertEquals("K7PM-3QXA", ReservationCode.forPeople("K7PM3QXA"));
    assertEquals("SHORT", ReservationCode.forPeople("SHORT"));
  }
}
