package io.booking.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The staff desk API: the demo "staff" account, who works at Jade Garden only, for the refusals; a
 * restaurant opened where it is morning, with its own staff member, for what needs a table today
 * (so these tests run at any hour).
 */
class StaffDeskApiIT {

  private static MorningVenue door;

  @BeforeAll
  static void openTheDoor() {
    door = MorningVenue.open();
  }

  private static String book(JsonObject slot, String token) {
    Api.Answer a =
        Api.post(
            "/api/v1/reservations",
            "{\"slotId\":" + slot.getInt("id") + ",\"partySize\":2}",
            token);
    assertEquals(201, a.status(), a.toString());
    return a.json().getString("code");
  }

  private static Api.Answer checkIn(long venue, String code, String token) {
    return Api.post(
        "/api/v1/staff/venues/" + venue + "/checkins", "{\"code\":\"" + code + "\"}", token);
  }

  @Test
  void theDeskListsTheDayAndRefusesWrongCodesWithReasons() {
    String staff = Api.token("staff", Api.DEMO_PASSWORD);
    JsonObject jade = Demo.venue("Jade Garden Dumpling House");
    long desk = jade.getInt("id");

    JsonObject today = Api.get("/api/v1/staff/venues/" + desk + "/reservations", staff).json();
    assertEquals(LocalDate.now(ZoneId.of("Asia/Shanghai")).toString(), today.getString("date"));

    String customer = Api.newCustomer();
    String later = book(Demo.freeSlotAfter(jade, "Table for 2", Duration.ofDays(2)), customer);
    Api.Answer wrongDay = checkIn(desk, later, staff);
    assertEquals(409, wrongDay.status(), wrongDay.toString());
    assertEquals("/problems/wrong-day", wrongDay.json().getString("type"));

    JsonObject mitte = Demo.venue("Mitte Athletic Club");
    String elsewhere = book(Demo.freeSlotAfter(mitte, "Squash", Duration.ofDays(5)), customer);
    Api.Answer wrongVenue = checkIn(desk, elsewhere, staff);
    assertEquals(409, wrongVenue.status());
    assertEquals("/problems/wrong-venue", wrongVenue.json().getString("type"));

    assertEquals(404, checkIn(desk, "ZZZZ-ZZZZ", staff).status());
    assertEquals(422, checkIn(desk, " ", staff).status());
  }

  @Test
  void onlyThoseWhoWorkThereReachTheDesk() {
    JsonObject jade = Demo.venue("Jade Garden Dumpling House");
    JsonObject mitte = Demo.venue("Mitte Athletic Club");
    String staff = Api.token("staff", Api.DEMO_PASSWORD);

    assertEquals(
        404,
        Api.get("/api/v1/staff/venues/" + mitte.getInt("id") + "/reservations", staff).status());
    assertEquals(
        404,
        Api.get("/api/v1/staff/venues/" + jade.getInt("id") + "/reservations", Api.newCustomer())
            .status());
    assertEquals(
        401, Api.get("/api/v1/staff/venues/" + jade.getInt("id") + "/reservations").status());
  }

  @Test
  void aCustomerOfTodayIsCheckedInOnce() {
    String code = door.bookToday();
    String staff = Api.token(door.staff(), Api.PASSWORD);
    long desk = door.id();

    JsonObject first = checkIn(desk, code.toLowerCase(), staff).json();
    JsonObject again = checkIn(desk, code, staff).json();

    assertEquals("CHECKED_IN", first.getString("status"));
    assertFalse(first.getBoolean("alreadyCheckedIn"));
    assertTrue(again.getBoolean("alreadyCheckedIn"));
    JsonObject list = Api.get("/api/v1/staff/venues/" + desk + "/reservations", staff).json();
    assertTrue(
        list.getJsonArray("items").stream()
            .map(JsonObject.class::cast)
            .anyMatch(
                e ->
                    e.getString("code").equals(code)
                        && e.getString("status").equals("CHECKED_IN")));
  }

  private static Api.Answer walkIn(long venue, long slot, int party, String name, String token) {
    return Api.post(
        "/api/v1/staff/venues/" + venue + "/walk-ins",
        jakarta.json.Json.createObjectBuilder()
            .add("slotId", slot)
            .add("partySize", party)
            .add("guestName", name)
            .build()
            .toString(),
        token);
  }

  @Test
  void aWalkInSentTwiceWithOneIdempotencyKeyBooksOnce() {
    MorningVenue door = MorningVenue.open();
    String staff = Api.token(door.staff(), Api.PASSWORD);
    JsonObject slot =
        Demo.freeSlot(
            door.json(),
            "Table for 2",
            start -> start.atZone(door.zone()).toLocalDate().equals(LocalDate.now(door.zone())));
    String body =
        "{\"slotId\":" + slot.getInt("id") + ",\"partySize\":2,\"guestName\":\"Retry Guest\"}";
    List<Api.Answer> sent = new java.util.ArrayList<>();
    for (int i = 0; i < 2; i++) {
      sent.add(
          Api.post(
              "/api/v1/staff/venues/" + door.id() + "/walk-ins",
              body,
              staff,
              java.util.Map.of("Idempotency-Key", "door-tap-" + slot.getInt("id"))));
    }
    assertEquals(201, sent.get(0).status(), sent.get(0).toString());
    assertEquals(201, sent.get(1).status(), sent.get(1).toString());
    assertEquals("false", sent.get(0).header("Idempotent-Replayed"));
    assertEquals("true", sent.get(1).header("Idempotent-Replayed"));
    assertEquals(
        sent.get(0).json().getInt("reservationId"), sent.get(1).json().getInt("reservationId"));
    assertEquals(slot.getInt("capacity") - 2, Demo.available(door.json(), slot));
  }

  /** A slot of today at the morning venue with two places left, or all of them. */
  private static JsonObject todaysSlot(boolean allFree) {
    LocalDate today = LocalDate.now(door.zone());
    return Demo.freeSlots(door.json(), "Table for 2")
        .filter(s -> Demo.start(s).atZone(door.zone()).toLocalDate().equals(today))
        .filter(
            s ->
                allFree
                    ? s.getInt("available") == s.getInt("capacity")
                    : s.getInt("available") >= 2)
        .findFirst()
        .orElseThrow();
  }

  @Test
  void aWalkInIsBookedAtTheDeskAndCheckedInAtOnce() {
    JsonObject slot = todaysSlot(false);
    String staff = Api.token(door.staff(), Api.PASSWORD);
    long desk = door.id();
    int before = Demo.available(door.json(), slot);

    Api.Answer a = walkIn(desk, slot.getInt("id"), 2, "  Walk-in <Guest> ", staff);

    assertEquals(201, a.status(), a.toString());
    JsonObject line = a.json();
    assertEquals("CHECKED_IN", line.getString("status"));
    assertTrue(line.getBoolean("walkIn"));
    assertEquals("Walk-in <Guest>", line.getString("customerName"));
    assertEquals(before - 2, Demo.available(door.json(), slot));
    String location = a.header("Location");
    assertTrue(
        location.endsWith(
            "/api/v1/staff/venues/" + desk + "/reservations/" + line.getInt("reservationId")),
        location);
    Api.Answer again = Api.get(location.substring(location.indexOf("/api/")), staff);
    assertEquals(200, again.status(), again.toString());
    assertEquals(line.getString("code"), again.json().getString("code"));
    assertTrue(checkIn(desk, line.getString("code"), staff).json().getBoolean("alreadyCheckedIn"));
    assertTrue(
        Api.get("/api/v1/staff/venues/" + desk + "/reservations", staff)
            .json()
            .getJsonArray("items")
            .stream()
            .map(JsonObject.class::cast)
            .anyMatch(
                e -> e.getString("code").equals(line.getString("code")) && e.getBoolean("walkIn")));
  }

  @Test
  void aWalkInIsRefusedWithProblemDetails() {
    JsonObject jade = Demo.venue("Jade Garden Dumpling House");
    JsonObject mitte = Demo.venue("Mitte Athletic Club");
    String staff = Api.token("staff", Api.DEMO_PASSWORD);
    long desk = jade.getInt("id");
    long later = Demo.freeSlotAfter(jade, "Table for 2", Duration.ofDays(2)).getInt("id");
    long elsewhere = Demo.freeSlotAfter(mitte, "Squash", Duration.ofDays(3)).getInt("id");

    Api.Answer notToday = walkIn(desk, later, 2, "Guest", staff);
    assertEquals(409, notToday.status(), notToday.toString());
    assertEquals("/problems/not-today", notToday.json().getString("type"));
    assertEquals(404, walkIn(desk, elsewhere, 2, "Guest", staff).status());
    assertEquals(404, walkIn(mitte.getInt("id"), elsewhere, 2, "Guest", staff).status());
    assertEquals(404, walkIn(desk, later, 2, "Guest", Api.newCustomer()).status());
    assertEquals(401, walkIn(desk, later, 2, "Guest", null).status());

    Api.Answer noName = walkIn(desk, later, 2, "  ", staff);
    assertEquals(422, noName.status(), noName.toString());
    assertEquals(
        "guestName", noName.json().getJsonArray("errors").getJsonObject(0).getString("field"));
    Api.Answer missing =
        Api.post(
            "/api/v1/staff/venues/" + desk + "/walk-ins",
            "{\"slotId\":" + later + ",\"partySize\":2}",
            staff);
    assertEquals(422, missing.status(), missing.toString());
    // A table for a party over the offering's largest, and a sold-out table, at the morning venue.
    String doorStaff = Api.token(door.staff(), Api.PASSWORD);
    Api.Answer tooMany =
        walkIn(door.id(), todaysSlot(false).getInt("id"), 9, "Big Party", doorStaff);
    assertEquals(422, tooMany.status(), tooMany.toString());
    assertEquals(
        "partySize", tooMany.json().getJsonArray("errors").getJsonObject(0).getString("field"));
    JsonObject full = todaysSlot(true);
    for (int party = 0; party < full.getInt("capacity") / 4; party++) {
      assertEquals(
          201, walkIn(door.id(), full.getInt("id"), 4, "Four " + party, doorStaff).status());
    }
    Api.Answer soldOut = walkIn(door.id(), full.getInt("id"), 1, "One Too Many", doorStaff);
    assertEquals(409, soldOut.status(), soldOut.toString());
    assertEquals("/problems/slot-sold-out", soldOut.json().getString("type"));
  }
}
