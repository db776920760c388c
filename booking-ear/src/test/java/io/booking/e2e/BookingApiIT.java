package io.booking.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The booking API of issue 2, against the EAR deployed on Payara Server with demo data. */
class BookingApiIT {

  private static final String JADE = "Jade Garden Dumpling House";
  private static final String MITTE = "Mitte Athletic Club";
  private static final String PRENZLAUER = "Prenzlauer Yoga Haus";

  private static String booking(long slotId, int partySize) {
    return Json.createObjectBuilder()
        .add("slotId", slotId)
        .add("partySize", partySize)
        .build()
        .toString();
  }

  private static void assertProblem(Api.Answer a, int status, String type) {
    assertEquals(status, a.status(), a.toString());
    assertTrue(a.contentType().startsWith("application/problem+json"), a.contentType());
    JsonObject p = a.json();
    assertEquals(status, p.getInt("status"));
    assertEquals(type, p.getString("type"));
    assertFalse(p.getString("detail").isBlank());
    assertNoStackTrace(a);
  }

  private static void assertNoStackTrace(Api.Answer a) {
    String body = a.raw().body();
    assertFalse(body.contains("Exception") || body.contains("\tat "), body);
  }

  @Test
  void aNewCustomerRegistersSignsInAndSeesTheirAccount() {
    String name = "new" + UUID.randomUUID().toString().substring(0, 8);
    String body =
        Json.createObjectBuilder()
            .add("username", name)
            .add("email", name + "@example.com")
            .add("password", "a-good-pass-7")
            .add("displayName", "Newcomer")
            .build()
            .toString();

    Api.Answer created = Api.post("/api/v1/accounts", body);
    assertEquals(201, created.status(), created.toString());
    assertNotNull(created.header("Location"));
    assertEquals(
        List.of("CUSTOMER"),
        created.json().getJsonArray("roles").getValuesAs(jakarta.json.JsonString::getString));
    assertFalse(created.raw().body().contains("password"), "no password or hash is ever returned");

    assertProblem(Api.post("/api/v1/accounts", body), 409, "/problems/username-taken");

    Api.Answer token =
        Api.post(
            "/api/v1/auth/token", "{\"username\":\"" + name + "\",\"password\":\"a-good-pass-7\"}");
    assertEquals(200, token.status());
    assertEquals("Bearer", token.json().getString("tokenType"));
    assertTrue(token.json().getInt("expiresIn") > 0);
    Api.Answer me = Api.get("/api/v1/accounts/me", token.json().getString("token"));
    assertEquals(name, me.json().getString("username"));
  }

  @Test
  void invalidRegistrationsAndWrongPasswordsAreClientErrors() {
    Api.Answer invalid =
        Api.post(
            "/api/v1/accounts",
            "{\"username\":\"x\",\"email\":\"nope\",\"password\":\"123\",\"displayName\":\"\"}");
    assertProblem(invalid, 422, "/problems/invalid-input");
    List<String> fields =
        invalid.json().getJsonArray("errors").stream()
            .map(e -> e.asJsonObject().getString("field"))
            .toList();
    assertEquals(List.of("username", "email", "displayName", "password"), fields);

    assertProblem(
        Api.post("/api/v1/auth/token", "{\"username\":\"diner\",\"password\":\"wrong-one\"}"),
        401,
        "/problems/authentication-failed");
  }

  @Test
  void customersFindVenuesByCategoryCityTextAndDistance() {
    // Other test classes open fitness studios in Berlin too: the demo's two are among the answers,
    // whichever ran before, and every answer is a Berlin fitness venue.
    JsonObject berlinFitness =
        Api.get("/api/v1/venues?category=fitness&city=Berlin&size=50").json();
    List<String> names =
        berlinFitness.getJsonArray("items").stream()
            .map(v -> v.asJsonObject().getString("name"))
            .toList();
    assertTrue(names.containsAll(List.of(MITTE, PRENZLAUER)), names.toString());
    assertEquals(berlinFitness.getInt("total"), names.size(), "all on one page");
    berlinFitness.getJsonArray("items").stream()
        .map(JsonObject.class::cast)
        .forEach(
            v -> {
              assertEquals("FITNESS", v.getString("category"));
              assertEquals("Berlin", v.getString("city"));
              assertEquals("Europe/Berlin", v.getString("timeZone"));
            });

    JsonObject dumplings = Api.get("/api/v1/venues?q=dumpling").json();
    assertEquals(JADE, dumplings.getJsonArray("items").getJsonObject(0).getString("name"));

    List<Double> distances =
        Api.get("/api/v1/venues?near=31.2304,121.4737&size=8").json().getJsonArray("items").stream()
            .map(v -> v.asJsonObject().getJsonNumber("distanceKm").doubleValue())
            .toList();
    assertEquals(distances.stream().sorted().toList(), distances, "nearest first");
    assertTrue(distances.get(0) < 10, "a Shanghai venue is nearest to People's Square");

    JsonObject page = Api.get("/api/v1/venues?size=3&page=1").json();
    assertEquals(1, page.getInt("page"));
    assertEquals(3, page.getInt("size"));
    assertEquals(3, page.getJsonArray("items").size());
    assertTrue(page.getInt("total") >= 8);

    assertProblem(Api.get("/api/v1/venues?category=zoo"), 400, "/problems/invalid-input");
    assertProblem(Api.get("/api/v1/venues?near=north"), 400, "/problems/invalid-input");
  }

  @Test
  void aVenueShowsItsOfferingsAndFreeSlotsInItsOwnTimeZone() {
    JsonObject jade = Demo.venue(JADE);
    assertEquals("Asia/Shanghai", jade.getString("timeZone"));
    JsonObject offering =
        jade.getJsonArray("offerings").stream()
            .map(JsonObject.class::cast)
            .filter(o -> o.getString("name").startsWith("Table for 2"))
            .findFirst()
            .orElseThrow();
    assertEquals("CNY", offering.getJsonObject("price").getString("currency"));
    assertTrue(offering.getInt("durationMinutes") > 0);

    JsonObject slot = Demo.freeSlotAfter(jade, "Table for 2", Duration.ofDays(1));
    assertTrue(slot.getString("start").endsWith("+08:00"), slot.toString());
    assertEquals(
        Duration.ofMinutes(offering.getInt("durationMinutes")),
        Duration.between(
            OffsetDateTime.parse(slot.getString("start")),
            OffsetDateTime.parse(slot.getString("end"))));

    JsonObject mitte = Demo.venue(MITTE);
    JsonObject court = Demo.freeSlotAfter(mitte, "Squash", Duration.ofDays(1));
    String offset = court.getString("start").substring(19);
    assertTrue(offset.equals("+01:00") || offset.equals("+02:00"), court.toString());

    assertProblem(Api.get("/api/v1/venues/999999"), 404, "/problems/not-found");
    assertProblem(
        Api.get("/api/v1/venues/" + jade.getInt("id") + "/slots?from=2026-02-30"),
        400,
        "/problems/invalid-input");
    assertProblem(
        Api.get("/api/v1/venues/" + jade.getInt("id") + "/slots?from=2030-01-10&to=2030-01-01"),
        422,
        "/problems/invalid-input");
  }

  @Test
  void aCustomerBooksSeesAndCancelsAndThePlacesReturn() {
    String token = Api.newCustomer();
    JsonObject jade = Demo.venue(JADE);
    JsonObject slot = Demo.freeSlotAfter(jade, "Table for 2", Duration.ofDays(2));
    int before = Demo.available(jade, slot);

    Api.Answer booked = Api.post("/api/v1/reservations", booking(slot.getInt("id"), 3), token);

    assertEquals(201, booked.status(), booked.toString());
    JsonObject r = booked.json();
    assertTrue(booked.header("Location").endsWith("/api/v1/reservations/" + r.getInt("id")));
    assertEquals("CONFIRMED", r.getString("status"));
    assertEquals(8, r.getString("code").length());
    assertEquals(slot.getInt("id"), r.getInt("slotId"));
    assertEquals(jade.getInt("id"), r.getInt("venueId"));
    assertEquals(3, r.getInt("partySize"));
    assertEquals(slot.getString("start"), r.getString("start"));
    assertEquals(before - 3, Demo.available(jade, slot));

    JsonObject mine = Api.get("/api/v1/reservations", token).json();
    assertEquals(1, mine.getJsonArray("items").size());
    assertEquals(
        r.getString("code"),
        Api.get("/api/v1/reservations/" + r.getInt("id"), token).json().getString("code"));

    Api.Answer ics = Api.get("/api/v1/reservations/" + r.getInt("id") + "/ics", token);
    assertEquals(200, ics.status());
    assertTrue(ics.contentType().startsWith("text/calendar"), ics.contentType());
    String calendar = ics.raw().body();
    assertTrue(calendar.startsWith("BEGIN:VCALENDAR"), calendar);
    String local = slot.getString("start").substring(0, 16).replace("-", "").replace(":", "");
    assertTrue(
        calendar.contains("DTSTART;TZID=Asia/Shanghai:" + local + "00"),
        "the slot's local time and zone: " + calendar);
    assertTrue(calendar.contains(r.getString("code")));

    String stranger = Api.newCustomer();
    assertProblem(
        Api.get("/api/v1/reservations/" + r.getInt("id") + "/ics", stranger),
        404,
        "/problems/not-found");
    assertProblem(
        Api.get("/api/v1/reservations/" + r.getInt("id"), stranger), 404, "/problems/not-found");
    assertProblem(
        Api.post("/api/v1/reservations/" + r.getInt("id") + "/cancel", null, stranger),
        404,
        "/problems/not-found");
    assertEquals(0, Api.get("/api/v1/reservations", stranger).json().getJsonArray("items").size());

    Api.Answer cancelled =
        Api.post("/api/v1/reservations/" + r.getInt("id") + "/cancel", null, token);
    assertEquals(200, cancelled.status(), cancelled.toString());
    assertEquals("CANCELLED", cancelled.json().getString("status"));
    assertEquals(before, Demo.available(jade, slot));
  }

  @Test
  void theSameIdempotencyKeyBooksOnceAndAnotherBodyIsRefused() {
    String token = Api.newCustomer();
    JsonObject jade = Demo.venue(JADE);
    JsonObject slot = Demo.freeSlotAfter(jade, "Table for 2", Duration.ofDays(2));
    Map<String, String> key = Map.of("Idempotency-Key", UUID.randomUUID().toString());

    Api.Answer first = Api.post("/api/v1/reservations", booking(slot.getInt("id"), 2), token, key);
    Api.Answer again = Api.post("/api/v1/reservations", booking(slot.getInt("id"), 2), token, key);

    assertEquals(201, first.status());
    assertEquals(201, again.status());
    assertEquals(first.json().getInt("id"), again.json().getInt("id"));
    assertEquals(slot.getInt("capacity") - 2, Demo.available(jade, slot));
    assertProblem(
        Api.post("/api/v1/reservations", booking(slot.getInt("id"), 4), token, key),
        422,
        "/problems/invalid-input");
    assertEquals(1, Api.get("/api/v1/reservations", token).json().getJsonArray("items").size());
  }

  @Test
  void aFullSlotAnswersConflict() {
    JsonObject mitte = Demo.venue(MITTE);
    JsonObject court = Demo.freeSlotAfter(mitte, "Squash", Duration.ofDays(2));
    String first = Api.newCustomer();
    assertEquals(
        201, Api.post("/api/v1/reservations", booking(court.getInt("id"), 4), first).status());

    assertProblem(
        Api.post("/api/v1/reservations", booking(court.getInt("id"), 1), Api.newCustomer()),
        409,
        "/problems/slot-sold-out");
    assertEquals(0, Demo.available(mitte, court));
  }

  @Test
  void cancellingInsideTheCancellationWindowAnswersConflict() {
    String token = Api.newCustomer();
    JsonObject mitte = Demo.venue(MITTE);
    Instant now = Instant.now();
    // Squash courts are free to cancel until 24 hours before the start.
    JsonObject soon =
        Demo.freeSlot(
            mitte,
            "Squash",
            start ->
                start.isAfter(now.plusSeconds(600))
                    && start.isBefore(now.plus(Duration.ofHours(23))));
    Api.Answer booked = Api.post("/api/v1/reservations", booking(soon.getInt("id"), 2), token);
    assertEquals(201, booked.status(), booked.toString());

    assertProblem(
        Api.post("/api/v1/reservations/" + booked.json().getInt("id") + "/cancel", null, token),
        409,
        "/problems/cancellation-window-closed");
    assertEquals(
        "CONFIRMED",
        Api.get("/api/v1/reservations/" + booked.json().getInt("id"), token)
            .json()
            .getString("status"));
  }

  @Test
  void clientMistakesGetProblemDetailsNeverServerErrors() {
    String token = Api.newCustomer();
    assertProblem(
        Api.post("/api/v1/reservations", "{\"slotId\": 1,", token),
        400,
        "/problems/malformed-json");
    Api.Answer wrongType =
        Api.post("/api/v1/reservations", "{\"slotId\":\"abc\",\"partySize\":2}", token);
    assertProblem(wrongType, 400, "/problems/invalid-input");
    assertEquals(
        "slotId", wrongType.json().getJsonArray("errors").getJsonObject(0).getString("field"));
    assertProblem(Api.post("/api/v1/reservations", "{}", token), 422, "/problems/invalid-input");
    assertProblem(Api.post("/api/v1/reservations", null, token), 400, "/problems/malformed-body");
    assertProblem(
        Api.post("/api/v1/reservations", booking(987654321L, 2), token),
        422,
        "/problems/invalid-input");
    assertProblem(
        Api.post("/api/v1/reservations", booking(1, -1), token), 422, "/problems/invalid-input");

    Api.Answer anonymous = Api.get("/api/v1/reservations");
    assertProblem(anonymous, 401, "/problems/unauthenticated");
    assertTrue(anonymous.header("WWW-Authenticate").startsWith("Bearer"));
    assertProblem(Api.get("/api/v1/reservations", "not.a.token"), 401, "/problems/invalid-token");

    assertProblem(Api.get("/api/v1/nothing-here"), 404, "/problems/not-found");
    assertProblem(Api.get("/api/v1/reservations/123456789", token), 404, "/problems/not-found");
  }

  @Test
  void theApiIsDescribedAtOpenapi() {
    Api.Answer openapi =
        Api.send(Api.request("/openapi", null).header("Accept", "text/plain").GET());
    assertEquals(200, openapi.status());
    String doc = openapi.raw().body();
    assertTrue(doc.contains("/api/v1/reservations"), doc.substring(0, Math.min(500, doc.length())));
    assertTrue(doc.contains("/api/v1/venues/{venueId}/slots"));
  }
}
