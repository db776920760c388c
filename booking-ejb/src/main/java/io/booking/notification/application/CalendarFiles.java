package io.booking.notification.application;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.parameter.TzId;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationException;

/** Writes calendar events as iCalendar (RFC 5545) files that mail clients offer to import. */
public final class CalendarFiles {

  public static final String MEDIA_TYPE = "text/calendar; charset=UTF-8";

  static final String PRODUCT_ID = "-//Booking platform//Reservations//EN";

  // Serves the VTIMEZONE definitions bundled in the ical4j jar; ical4j.properties keeps it from
  // fetching newer ones. Zones are cached process-wide, so one instance serves every call.
  private static final TimeZoneRegistry ZONES =
      TimeZoneRegistryFactory.getInstance().createRegistry();

  private CalendarFiles() {}

  /** The event as a VCALENDAR with one VEVENT, its lines folded and ended with CRLF. */
  public static String ics(CalendarEvent e) {
    Calendar calendar = new Calendar();
    calendar.add(new ProdId(PRODUCT_ID));
    calendar.add(ImmutableVersion.VERSION_2_0);
    calendar.add(ImmutableMethod.PUBLISH);

    VEvent event = new VEvent(false); // false: no DTSTAMP of "now", the caller's stamp is used
    event.add(new Uid(e.uid()));
    event.add(new DtStamp(e.stamp()));

    ZoneId zone = e.start().getZone();
    VTimeZone vTimeZone = vTimeZone(zone);
    if (vTimeZone != null) {
      // Local wall-clock times with a TZID and the zone's rules alongside, so calendar apps show
      // the venue's time even when a DST change lies between booking and visit. The local times
      // come from java.time: given a ZonedDateTime, ical4j 4.1.1 re-derives them from its own
      // zone rules, which are wrong for many zones (a July 19:00 in Shanghai comes out as 20:00).
      calendar.add(vTimeZone);
      event.add(new DtStart<>(tzId(zone), e.start().toLocalDateTime()));
      event.add(new DtEnd<>(tzId(zone), e.end().toLocalDateTime()));
    } else {
      // A fixed offset, or a zone ical4j lacks, has no VTIMEZONE; UTC keeps the instant.
      event.add(new DtStart<>(e.start().toInstant()));
      event.add(new DtEnd<>(e.end().toInstant()));
    }

    event.add(new Summary(e.summary()));
    if (e.description() != null) {
      event.add(new Description(e.description()));
    }
    if (e.location() != null) {
      event.add(new Location(e.location()));
    }
    if (e.url() != null) {
      event.add(new Url(URI.create(e.url())));
    }
    calendar.add(event);

    StringWriter out = new StringWriter();
    try {
      // Not validating: the record guarantees what RFC 5545 requires, and ical4j would only log.
      new CalendarOutputter(false).output(calendar, out);
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    } catch (ValidationException ex) {
      throw new IllegalStateException(ex);
    }
    return out.toString();
  }

  private static ParameterList tzId(ZoneId zone) {
    return new ParameterList(List.of(new TzId(zone.getId())));
  }

  /** The zone's bundled definition, named exactly as the event's zone, or null if there is none. */
  private static VTimeZone vTimeZone(ZoneId zone) {
    if (zone.normalized() instanceof ZoneOffset) {
      return null;
    }
    TimeZone known;
    try {
      known = ZONES.getTimeZone(zone.getId());
    } catch (NullPointerException unknown) {
      // ical4j 4.1.1 fails this way, in its cache, for ids it has no definition of (SystemV/...).
      return null;
    }
    if (known == null) {
      return null;
    }
    VTimeZone copy = known.getVTimeZone().copy();
    if (!known.getID().equals(zone.getId())) {
      // ical4j resolved a link (Europe/Amsterdam to Europe/Brussels): same rules, but the file
      // keeps the venue's own name, and drops the fields that point at the other zone.
      copy.replace(new net.fortuna.ical4j.model.property.TzId(zone.getId()));
      copy.removeAll(Property.TZURL, "X-LIC-LOCATION");
    }
    return copy;
  }
}
