package io.booking.e2e;

import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.function.Predicate;
import java.util.stream.Stream;

/** Finds things in the demo data the end-to-end server was started with. */
final class Demo {

  private Demo() {}

  static JsonObject venue(String name) {
    Api.Answer found =
        Api.get("/api/v1/venues?q=" + URLEncoder.encode(name, StandardCharsets.UTF_8));
    JsonObject first = found.json().getJsonArray("items").getJsonObject(0);
    return Api.get("/api/v1/venues/" + first.getInt("id")).json();
  }

  static long offeringId(JsonObject venue, String namePrefix) {
    return venue.getJsonArray("offerings").stream()
        .map(JsonObject.class::cast)
        .filter(o -> o.getString("name").startsWith(namePrefix))
        .findFirst()
        .orElseThrow()
        .getInt("id");
  }

  /** The offering's slots of the next two weeks that have a place left, in time order. */
  static Stream<JsonObject> freeSlots(JsonObject venue, String offeringPrefix) {
    long offering = offeringId(venue, offeringPrefix);
    LocalDate today = LocalDate.now(ZoneId.of(venue.getString("timeZone")));
    Api.Answer slots =
        Api.get(
            "/api/v1/venues/"
                + venue.getInt("id")
                + "/slots?from="
                + today
                + "&to="
                + today.plusDays(13)
                + "&offeringId="
                + offering);
    return slots.array().stream().map(JsonObject.class::cast);
  }

  /** The first slot of the offering with all its places free whose start passes the test. */
  static JsonObject freeSlot(JsonObject venue, String offeringPrefix, Predicate<Instant> startOk) {
    return freeSlots(venue, offeringPrefix)
        .filter(s -> s.getInt("available") == s.getInt("capacity"))
        .filter(s -> startOk.test(start(s)))
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("no free slot left for " + offeringPrefix));
  }

  static JsonObject freeSlotAfter(JsonObject venue, String offeringPrefix, Duration fromNow) {
    Instant earliest = Instant.now().plus(fromNow);
    return freeSlot(venue, offeringPrefix, start -> start.isAfter(earliest));
  }

  static Instant start(JsonObject slot) {
    return OffsetDateTime.parse(slot.getString("start")).toInstant();
  }

  static int available(JsonObject venue, JsonObject slot) {
    String day = slot.getString("start").substring(0, 10);
    return Api.get("/api/v1/venues/" + venue.getInt("id") + "/slots?from=" + day + "&to=" + day)
        .array()
        .stream()
        .map(JsonObject.class::cast)
        .filter(s -> s.getInt("id") == slot.getInt("id"))
        .findFirst()
        .orElseThrow()
        .getInt("available");
  }
}
