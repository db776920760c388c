package io.booking.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpRequest.BodyPublishers;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The merchant sets how many bookings one customer may hold at a venue on a day; the API keeps it.
 */
class DailyBookingLimitApiIT {

  @Test
  void aCustomerPastTheVenuesDailyLimitIsRefusedWithAProblem() {
    MorningVenue venue = MorningVenue.open(1);
    String merchant = Api.token("merchant", Api.DEMO_PASSWORD);
    assertEquals(
        1,
        Api.get("/api/v1/merchant/venues/" + venue.id(), merchant)
            .json()
            .getInt("dailyBookingLimit"));

    LocalDate today = LocalDate.now(venue.zone());
    List<JsonObject> tonight =
        Demo.freeSlots(venue.json(), "Table for 2")
            .filter(s -> Demo.start(s).atZone(venue.zone()).toLocalDate().equals(today))
            .toList();
    assertTrue(tonight.size() >= 2, "two tables tonight: " + tonight);
    String customer = Api.newCustomer();
    Api.Answer first = book(tonight.get(0), customer);
    assertEquals(201, first.status(), first.toString());

    Api.Answer second = book(tonight.get(1), customer);
    assertEquals(409, second.status(), second.toString());
    assertTrue(second.contentType().startsWith("application/problem+json"));
    assertEquals("/problems/daily-booking-limit", second.json().getString("type"));

    assertEquals(201, book(tonight.get(1), Api.newCustomer()).status(), "another customer books");
    Api.Answer cancelled =
        Api.post("/api/v1/reservations/" + first.json().getInt("id") + "/cancel", null, customer);
    assertEquals(200, cancelled.status(), cancelled.toString());
    assertEquals(201, book(tonight.get(1), customer).status(), "a cancelled booking frees one");
  }

  @Test
  void theBookingPageSaysWhyASecondTableThatDayIsRefused() {
    MorningVenue venue = MorningVenue.open(1);
    LocalDate today = LocalDate.now(venue.zone());
    List<JsonObject> tonight =
        Demo.freeSlots(venue.json(), "Table for 2")
            .filter(s -> Demo.start(s).atZone(venue.zone()).toLocalDate().equals(today))
            .toList();
    String name = "limit" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    Api.register(name);
    assertEquals(201, book(tonight.get(0), Api.token(name, Api.PASSWORD)).status());
    try (Browser b = Browser.open(1280, 900, "en")) {
      b.signIn(name, Api.PASSWORD);
      b.go("/book.xhtml?slot=" + tonight.get(1).getInt("id") + "&party=2");
      b.clickable("#confirm\\:confirmButton").click();
      b.waitForText("#confirm\\:messages", "the most it allows one customer");
      b.screenshot("desktop-daily-limit");
      assertTrue(b.driver.getCurrentUrl().contains("book.xhtml"), "the customer stays on the step");
    }
    assertEquals(
        1,
        Demo.freeSlots(venue.json(), "Table for 2")
            .filter(s -> s.getInt("available") < s.getInt("capacity"))
            .count());
  }

  @Test
  void aLimitOutsideOneToTenThousandNamesTheField() {
    MorningVenue venue = MorningVenue.open();
    String merchant = Api.token("merchant", Api.DEMO_PASSWORD);
    JsonObject current = Api.get("/api/v1/merchant/venues/" + venue.id(), merchant).json();
    assertEquals(4, current.getInt("dailyBookingLimit"), "the default");
    Api.Answer refused =
        Api.send(
            Api.request("/api/v1/merchant/venues/" + venue.id(), merchant)
                .header("Content-Type", "application/json")
                .PUT(
                    BodyPublishers.ofString(
                        "{\"name\":\"Renamed\",\"category\":\"RESTAURANT\",\"street\":\"1 Test"
                            + " Street\",\"city\":\"Testville\",\"latitude\":10.5,\"longitude\":20.5,"
                            + "\"timeZone\":\""
                            + venue.zone().getId()
                            + "\",\"dailyBookingLimit\":0}")));
    assertEquals(422, refused.status(), refused.toString());
    assertEquals(
        List.of("dailyBookingLimit"),
        refused.json().getJsonArray("errors").stream()
            .map(e -> e.asJsonObject().getString("field"))
            .toList());
    assertEquals(
        4,
        Api.get("/api/v1/merchant/venues/" + venue.id(), merchant)
            .json()
            .getInt("dailyBookingLimit"),
        "nothing changed");
  }

  private static Api.Answer book(JsonObject slot, String customer) {
    return Api.post(
        "/api/v1/reservations", "{\"slotId\":" + slot.getInt("id") + ",\"partySize\":2}", customer);
  }
}
