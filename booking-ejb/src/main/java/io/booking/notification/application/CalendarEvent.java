package io.booking.notification.application;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * One appointment to put in someone's calendar, with its times in the zone where it happens.
 *
 * @param uid stays the same for every later version of the event, so calendar apps update it
 * @param stamp when this version of the event was produced (DTSTAMP)
 * @param description may be null
 * @param location may be null
 * @param url may be null
 */
public record CalendarEvent(
    String uid,
    String summary,
    String description,
    String location,
    ZonedDateTime start,
    ZonedDateTime end,
    Instant stamp,
    String url) {

  public CalendarEvent {
    Objects.requireNonNull(uid, "uid");
    Objects.requireNonNull(summary, "summary");
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    // RFC 5545 requires DTSTAMP; taking it from the caller keeps files reproducible.
    Objects.requireNonNull(stamp, "stamp");
    if (uid.isBlank()) {
      throw new IllegalArgumentException("An event needs a uid");
    }
    if (!end.isAfter(start)) {
      throw new IllegalArgumentException("An event must end after it starts");
    }
    // One TZID for both ends: the file then shows the times the venue shows.
    if (!start.getZone().equals(end.getZone())) {
      throw new IllegalArgumentException("Start and end must be in the same time zone");
    }
  }
}
