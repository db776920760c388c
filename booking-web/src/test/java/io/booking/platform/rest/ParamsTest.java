package io.booking.platform.rest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ParamsTest {

  private enum Colour {
    RED,
    GREEN,
    SILVER
  }

  private static void refused(String name, Runnable parse) {
    InvalidParameterException e = assertThrows(InvalidParameterException.class, parse::run);
    assertEquals(name, e.parameter());
  }

  @Test
  void wholeNumbersAreAsciiDigitsInTheirRange() {
    assertEquals(2, Params.integer("page", " 2 ", 0, 0, Params.MAX_PAGE));
    assertEquals(0, Params.integer("page", "", 0, 0, Params.MAX_PAGE));
    assertEquals(-5, Params.integer("x", "-5", null));
    for (String v : new String[] {"１", "٣", "+1", "1.5", "1e3", "0x10", "abc", "2147483648"}) {
      refused("page", () -> Params.integer("page", v, 0));
    }
    for (String v : new String[] {"-1", "10001", "2147483647"}) {
      refused("page", () -> Params.integer("page", v, 0, 0, Params.MAX_PAGE));
    }
  }

  @Test
  void idsAreAsciiDigitsInTheRangeOfALong() {
    assertEquals(42L, Params.id("offeringId", "42"));
    assertNull(Params.id("offeringId", " "));
    for (String v : new String[] {"４２", "1.5", "9223372036854775808", "1e3", "", "-"}) {
      if (!v.isBlank()) {
        refused("offeringId", () -> Params.id("offeringId", v));
      }
    }
  }

  @Test
  void datesAreIsoDatesOfThisCenturyOnly() {
    assertEquals(LocalDate.of(2026, 3, 1), Params.date("from", "2026-03-01", null));
    assertEquals(Params.EARLIEST_DATE, Params.date("from", "2000-01-01", null));
    assertEquals(Params.LATEST_DATE, Params.date("from", "2099-12-31", null));
    assertEquals(LocalDate.of(2030, 1, 1), Params.date("from", null, LocalDate.of(2030, 1, 1)));
    for (String v :
        new String[] {
          "+999999999-12-31",
          "-999999999-01-01",
          "1999-12-31",
          "2100-01-01",
          "2026-02-30",
          "２０２６-01-01",
          "2026-1-1",
          "20260101",
          "9999-12-31"
        }) {
      refused("from", () -> Params.date("from", v, null));
    }
  }

  @Test
  void enumValuesAreAsciiNamesInAnyCase() {
    assertEquals(Colour.GREEN, Params.oneOf("colour", "green", Colour.class));
    assertNull(Params.oneOf("colour", null, Colour.class));
    // "ſilver" and "sılver" upper-case to SILVER: only ASCII names are taken.
    for (String v : new String[] {"BLUE", "ſilver", "sılver", "RED;", "R ED"}) {
      refused("colour", () -> Params.oneOf("colour", v, Colour.class));
    }
  }

  @Test
  void aPlaceIsTwoDecimalDegreesInRange() {
    assertArrayEquals(new double[] {31.23, 121.47}, Params.latLng("near", "31.23, 121.47"));
    for (String v : new String[] {"91,0", "0,181", "NaN,NaN", "1e309,0", "0x1p3,0", "1d,2", "1"}) {
      refused("near", () -> Params.latLng("near", v));
    }
  }
}
