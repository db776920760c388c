package io.booking.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The staff desk API with the demo "staff" account, who works at Jade Garden only. */
class StaffDeskApiIT {

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
    JsonObject jade = Demo.venue("Jade Garden Dumpling House");
    ZoneId shanghai = ZoneId.of("Asia/Shanghai");
    LocalDate today = LocalDate.now(shanghai);
    Instant soon = Instant.now().plusSeconds(300);
    JsonObject slot;
    try {
      slot =
          Demo.freeSlot(
              jade,
              "Table for 2",
              start -> start.isAfter(soon) && start.atZone(shanghai).toLocalDate().equals(today));
    } catch (IllegalStateException noneLeftToday) {
      Assumptions.abort(
          "Jade Garden has no seating left today in Shanghai; check-in tested in-container");
      return;
    }
    String code = book(slot, Api.newCustomer());
    String staff = Api.token("staff", Api.DEMO_PASSWORD);
    long desk = jade.getInt("id");

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
}
