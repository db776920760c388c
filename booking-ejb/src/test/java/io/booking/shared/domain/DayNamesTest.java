package io.booking.shared.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.DayOfWeek;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DayNamesTest {

  @Test
  void takesThreeLettersOrMoreInAnyCase() {
    assertEquals(Optional.of(DayOfWeek.MONDAY), DayNames.parse("MON"));
    assertEquals(Optional.of(DayOfWeek.TUESDAY), DayNames.parse(" tue "));
    assertEquals(Optional.of(DayOfWeek.SATURDAY), DayNames.parse("Saturday"));
    assertEquals(Optional.of(DayOfWeek.THURSDAY), DayNames.parse("thurs"));
  }

  @Test
  void refusesWhatIsNotClearlyADay() {
    assertEquals(Optional.empty(), DayNames.parse("T"));
    assertEquals(Optional.empty(), DayNames.parse("su"));
    assertEquals(Optional.empty(), DayNames.parse("Mondays"));
    assertEquals(Optional.empty(), DayNames.parse("holiday"));
    assertEquals(Optional.empty(), DayNames.parse(null));
  }
}
