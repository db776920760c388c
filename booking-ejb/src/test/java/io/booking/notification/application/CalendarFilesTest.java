package io.booking.notification.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.parameter.TzId;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.util.Configurator;
import org.junit.jupiter.api.Test;

class CalendarFilesTest {

  private static final Instant STAMP = Instant.parse("2026-03-01T08:00:00Z");

  @Test
  void eventKeepsItsLocalTimeAndZone() throws Exception {
    ZoneId shanghai = ZoneId.of("Asia/Shanghai");
    CalendarEvent event =
        event(
            "R-7KQ2XM@booking.example",
            LocalDateTime.of(2026, 11, 24, 19, 0).atZone(shanghai),
            LocalDateTime.of(2026, 11, 24, 20, 30).atZone(shanghai));

    String ics = CalendarFiles.ics(event);

    assertTrue(ics.contains("DTSTART;TZID=Asia/Shanghai:20261124T190000\r\n"), ics);
    assertTrue(ics.contains("DTEND;TZID=Asia/Shanghai:20261124T203000\r\n"), ics);
    assertTrue(ics.contains("DTSTAMP:20260301T080000Z\r\n"), ics);
    assertParsesBackTo(event, ics);
  }

  @Test
  void eventAfterTheDstChangeKeepsItsLocalTime() throws Exception {
    // Berlin moves to summer time early on 2026-03-29; the booking was made in winter time.
    ZoneId berlin = ZoneId.of("Europe/Berlin");
    CalendarEvent event =
        event(
            "R-DST001@booking.example",
            LocalDateTime.of(2026, 3, 29, 19, 0).atZone(berlin),
            LocalDateTime.of(2026, 3, 29, 21, 0).atZone(berlin));
    assertEquals(Instant.parse("2026-03-29T17:00:00Z"), event.start().toInstant());

    String ics = CalendarFiles.ics(event);

    assertTrue(ics.contains("DTSTART;TZID=Europe/Berlin:20260329T190000\r\n"), ics);
    assertParsesBackTo(event, ics);
  }

  @Test
  void localTimesFollowJavaTimeNotIcal4jsOwnZoneRules() {
    // Given ZonedDateTimes, ical4j 4.1.1 writes 20:00 for a July evening in Shanghai (it thinks
    // China still has summer time) and the previous day for Pacific/Kanton.
    ZonedDateTime shanghai =
        LocalDateTime.of(2026, 7, 15, 19, 0).atZone(ZoneId.of("Asia/Shanghai"));
    ZonedDateTime kanton = LocalDateTime.of(2026, 3, 29, 19, 0).atZone(ZoneId.of("Pacific/Kanton"));

    assertTrue(
        CalendarFiles.ics(event("R-JULY01", shanghai, shanghai.plusHours(1)))
            .contains("DTSTART;TZID=Asia/Shanghai:20260715T190000\r\n"));
    assertTrue(
        CalendarFiles.ics(event("R-KANTON", kanton, kanton.plusHours(1)))
            .contains("DTSTART;TZID=Pacific/Kanton:20260329T190000\r\n"));
  }

  @Test
  void aLinkedZoneKeepsItsOwnName() {
    // ical4j files Europe/Amsterdam under Europe/Brussels; the calendar should still say Amsterdam.
    ZonedDateTime start =
        LocalDateTime.of(2026, 3, 29, 19, 0).atZone(ZoneId.of("Europe/Amsterdam"));

    String ics = CalendarFiles.ics(event("R-AMS001", start, start.plusHours(1)));

    assertTrue(ics.contains("DTSTART;TZID=Europe/Amsterdam:20260329T190000\r\n"), ics);
    assertTrue(ics.contains("\r\nTZID:Europe/Amsterdam\r\n"), ics);
    assertFalse(ics.contains("Brussels"), ics);
  }

  @Test
  void optionalTextIsWrittenOnlyWhenPresent() throws Exception {
    ZoneId shanghai = ZoneId.of("Asia/Shanghai");
    ZonedDateTime start = LocalDateTime.of(2026, 11, 24, 19, 0).atZone(shanghai);
    CalendarEvent full =
        new CalendarEvent(
            "R-FULL01@booking.example",
            "Dinner for 2, window table; Luna",
            "Party of 2. Free cancellation until 23 Nov 19:00.",
            "Luna, 88 Yuyuan Rd, Shanghai",
            start,
            start.plusMinutes(90),
            STAMP,
            "https://booking.example/reservations/R-FULL01");
    CalendarEvent bare =
        new CalendarEvent(
            "R-BARE01@booking.example",
            "Dinner",
            null,
            null,
            start,
            start.plusHours(1),
            STAMP,
            null);

    VEvent parsed = onlyEvent(parse(CalendarFiles.ics(full)));
    assertEquals("Dinner for 2, window table; Luna", value(parsed, Property.SUMMARY));
    assertEquals(full.description(), value(parsed, Property.DESCRIPTION));
    assertEquals(full.location(), value(parsed, Property.LOCATION));
    assertEquals(full.url(), value(parsed, Property.URL));

    String bareIcs = CalendarFiles.ics(bare);
    assertFalse(bareIcs.contains("\r\nDESCRIPTION"), bareIcs);
    assertFalse(bareIcs.contains("\r\nLOCATION"), bareIcs);
    assertFalse(bareIcs.contains("\r\nURL"), bareIcs); // TZURL is part of the VTIMEZONE
  }

  @Test
  void longLinesAreFoldedWithCrlf() throws Exception {
    ZonedDateTime start = LocalDateTime.of(2026, 11, 24, 19, 0).atZone(ZoneId.of("Asia/Shanghai"));
    String description = "Please arrive ten minutes early. ".repeat(6).trim();
    CalendarEvent event =
        new CalendarEvent(
            "R-LONG01@booking.example",
            "Dinner",
            description,
            null,
            start,
            start.plusHours(2),
            STAMP,
            null);

    String ics = CalendarFiles.ics(event);

    assertTrue(ics.contains("\r\n "), "a continuation line starts with a space");
    for (String line : ics.split("\r\n")) {
      assertTrue(line.length() <= 75, () -> "unfolded line: " + line);
    }
    assertEquals(description, value(onlyEvent(parse(ics)), Property.DESCRIPTION));
  }

  @Test
  void fixedOffsetTimesAreWrittenInUtc() throws Exception {
    ZonedDateTime start = LocalDateTime.of(2026, 11, 24, 19, 0).atZone(ZoneOffset.ofHours(8));
    CalendarEvent event = event("R-OFFSET@booking.example", start, start.plusHours(1));

    String ics = CalendarFiles.ics(event);

    assertTrue(ics.contains("DTSTART:20261124T110000Z\r\n"), ics);
    assertFalse(ics.contains("VTIMEZONE"), ics);
    DtStart<?> dtStart = dtStart(onlyEvent(parse(ics)));
    assertEquals(start.toInstant(), Instant.from(dtStart.getDate()));
  }

  @Test
  void timeZoneDefinitionsAreNeverDownloaded() {
    // ical4j.properties must be on the class path, or ical4j would follow the bundled TZURLs.
    assertEquals(
        "false",
        Configurator.getProperty("net.fortuna.ical4j.timezone.update.enabled").orElse(null));
  }

  @Test
  void anEventMustEndAfterItStarts() {
    ZonedDateTime start = LocalDateTime.of(2026, 11, 24, 19, 0).atZone(ZoneId.of("Asia/Shanghai"));
    assertThrows(IllegalArgumentException.class, () -> event("R-1", start, start.minusMinutes(30)));
    assertThrows(IllegalArgumentException.class, () -> event("R-1", start, start));
  }

  @Test
  void startAndEndMustShareOneZone() {
    ZonedDateTime start = LocalDateTime.of(2026, 11, 24, 19, 0).atZone(ZoneId.of("Asia/Shanghai"));
    ZonedDateTime endInTokyo = start.plusHours(1).withZoneSameInstant(ZoneId.of("Asia/Tokyo"));
    assertThrows(IllegalArgumentException.class, () -> event("R-1", start, endInTokyo));
  }

  @Test
  void requiredFieldsAreRequired() {
    ZonedDateTime start = LocalDateTime.of(2026, 11, 24, 19, 0).atZone(ZoneId.of("Asia/Shanghai"));
    ZonedDateTime end = start.plusHours(1);
    assertThrows(
        NullPointerException.class,
        () -> new CalendarEvent(null, "Dinner", null, null, start, end, STAMP, null));
    assertThrows(
        NullPointerException.class,
        () -> new CalendarEvent("R-1", null, null, null, start, end, STAMP, null));
    assertThrows(
        NullPointerException.class,
        () -> new CalendarEvent("R-1", "Dinner", null, null, null, end, STAMP, null));
    assertThrows(
        NullPointerException.class,
        () -> new CalendarEvent("R-1", "Dinner", null, null, start, null, STAMP, null));
    assertThrows(
        NullPointerException.class,
        () -> new CalendarEvent("R-1", "Dinner", null, null, start, end, null, null));
  }

  private static CalendarEvent event(String uid, ZonedDateTime start, ZonedDateTime end) {
    return new CalendarEvent(uid, "Dinner at Luna", null, null, start, end, STAMP, null);
  }

  /**
   * Reads the file as a calendar app would and checks it lands on the same instant and wall time.
   */
  private static void assertParsesBackTo(CalendarEvent event, String ics) throws Exception {
    assertTrue(ics.endsWith("\r\n"), "ends with CRLF");
    assertFalse(ics.replace("\r\n", "").contains("\n"), "no bare LF");
    assertFalse(ics.replace("\r\n", "").contains("\r"), "no bare CR");

    Calendar calendar = parse(ics);
    assertEquals("-//Booking platform//Reservations//EN", value(calendar, Property.PRODID));
    assertEquals("2.0", value(calendar, Property.VERSION));
    assertEquals("PUBLISH", value(calendar, Property.METHOD));

    VEvent parsed = onlyEvent(calendar);
    assertEquals(event.uid(), value(parsed, Property.UID));
    assertEquals(event.summary(), value(parsed, Property.SUMMARY));

    String zoneId = event.start().getZone().getId();
    DtStart<?> dtStart = dtStart(parsed);
    assertEquals(
        zoneId, dtStart.<TzId>getParameter(Parameter.TZID).map(TzId::getValue).orElse(null));

    // ical4j resolves the parsed time through the VTIMEZONE in the file, not the JDK's zone (with
    // its own rules builder, which is right for these zones but not for all).
    ZonedDateTime parsedStart = ZonedDateTime.from(dtStart.getDate());
    assertEquals(event.start().toInstant(), parsedStart.toInstant());
    assertEquals(event.start().toLocalDateTime(), parsedStart.toLocalDateTime());
    assertEquals(19, parsedStart.getHour());

    List<VTimeZone> zones = calendar.getComponents(Component.VTIMEZONE);
    assertEquals(1, zones.size());
    assertEquals(zoneId, value(zones.get(0), Property.TZID));
  }

  private static Calendar parse(String ics) throws Exception {
    return new CalendarBuilder().build(new StringReader(ics));
  }

  private static VEvent onlyEvent(Calendar calendar) {
    List<VEvent> events = calendar.getComponents(Component.VEVENT);
    assertEquals(1, events.size());
    return events.get(0);
  }

  private static DtStart<?> dtStart(VEvent event) {
    return event.<DtStart<?>>getProperty(Property.DTSTART).orElseThrow();
  }

  private static String value(Calendar calendar, String name) {
    return calendar.getProperty(name).map(Property::getValue).orElse(null);
  }

  private static String value(Component component, String name) {
    return component.getProperty(name).map(Property::getValue).orElse(null);
  }
}
