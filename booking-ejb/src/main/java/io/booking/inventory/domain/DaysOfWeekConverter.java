package io.booking.inventory.domain;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.time.DayOfWeek;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** Stores a set of weekdays as "MON,WED,FRI". */
@Converter
public class DaysOfWeekConverter implements AttributeConverter<Set<DayOfWeek>, String> {

  @Override
  public String convertToDatabaseColumn(Set<DayOfWeek> days) {
    return days.stream()
        .sorted()
        .map(d -> d.name().substring(0, 3))
        .collect(Collectors.joining(","));
  }

  @Override
  public Set<DayOfWeek> convertToEntityAttribute(String column) {
    EnumSet<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
    if (column != null && !column.isBlank()) {
      Arrays.stream(column.split(","))
          .map(String::trim)
          .forEach(
              abbr ->
                  days.add(
                      Arrays.stream(DayOfWeek.values())
                          .filter(d -> d.name().startsWith(abbr))
                          .findFirst()
                          .orElseThrow(() -> new IllegalArgumentException("day " + abbr))));
    }
    return days;
  }
}
