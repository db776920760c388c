package io.booking.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Merchants see their own venues and bookings; another merchant's are 404 by any URL. */
class MerchantApiIT {

  @Test
  void aMerchantSeesOnlyItsOwnVenuesAndTheirBookings() {
    String merchant = Api.token("merchant", Api.DEMO_PASSWORD);
    String merchant2 = Api.token("merchant2", Api.DEMO_PASSWORD);
    JsonObject jade = Demo.venue("Jade Garden Dumpling House");
    long jadeId = jade.getInt("id");

    List<String> restaurants =
        Api.get("/api/v1/merchant/venues", merchant).json().getJsonArray("items").stream()
            .map(v -> v.asJsonObject().getString("category"))
            .distinct()
            .toList();
    assertEquals(List.of("RESTAURANT"), restaurants);
    assertEquals(200, Api.get("/api/v1/merchant/venues/" + jadeId, merchant).status());

    JsonObject slot = Demo.freeSlotAfter(jade, "Table for 2", Duration.ofDays(6));
    Api.Answer booked =
        Api.post(
            "/api/v1/reservations",
            "{\"slotId\":" + slot.getInt("id") + ",\"partySize\":2}",
            Api.newCustomer());
    String day = slot.getString("start").substring(0, 10);
    JsonObject list =
        Api.get("/api/v1/merchant/venues/" + jadeId + "/reservations?date=" + day, merchant).json();
    assertTrue(
        list.getJsonArray("items").stream()
            .anyMatch(
                e -> e.asJsonObject().getString("code").equals(booked.json().getString("code"))));

    for (String path :
        List.of(
            "/api/v1/merchant/venues/" + jadeId,
            "/api/v1/merchant/venues/" + jadeId + "/reservations",
            "/api/v1/merchant/venues/" + jadeId + "/reservations?date=" + day)) {
      assertEquals(404, Api.get(path, merchant2).status(), path);
    }
    assertEquals(
        0,
        Api.get("/api/v1/merchant/venues", Api.newCustomer()).json().getJsonArray("items").size());
    assertEquals(401, Api.get("/api/v1/merchant/venues").status());
  }

  @Test
  void aMerchantOpensAStudioWithAWeeklyClassAndItsSlotsGoOnSale() {
    String merchant2 = Api.token("merchant2", Api.DEMO_PASSWORD);
    String name = "Harbour Pilates " + java.util.UUID.randomUUID().toString().substring(0, 6);
    String venueJson =
        "{\"name\":\""
            + name
            + "\",\"category\":\"FITNESS\",\"description\":\"Reformer classes\","
            + "\"street\":\"Hafenstraße 1\",\"district\":\"Mitte\",\"city\":\"Berlin\","
            + "\"latitude\":52.52,\"longitude\":13.40,\"timeZone\":\"Europe/Berlin\"}";
    Api.Answer created = Api.post("/api/v1/merchant/venues", venueJson, merchant2);
    assertEquals(201, created.status(), created.toString());
    long venue = created.json().getInt("id");
    assertTrue(created.header("Location").endsWith("/api/v1/merchant/venues/" + venue));

    String offeringJson =
        "{\"name\":\"Reformer (50 min)\",\"durationMinutes\":50,\"capacity\":8,"
            + "\"maxPartySize\":1,\"price\":{\"amount\":28.50,\"currency\":\"EUR\"},"
            + "\"cancellationHours\":12}";
    Api.Answer offering =
        Api.post("/api/v1/merchant/venues/" + venue + "/offerings", offeringJson, merchant2);
    assertEquals(201, offering.status(), offering.toString());
    long offeringId = offering.json().getInt("id");

    Api.Answer schedule =
        Api.send(
            Api.request("/api/v1/merchant/offerings/" + offeringId + "/schedule", merchant2)
                .header("Content-Type", "application/json")
                .PUT(
                    java.net.http.HttpRequest.BodyPublishers.ofString(
                        "{\"rules\":[{\"days\":[\"MON\",\"WED\",\"FRI\"],\"firstStart\":\"18:30\","
                            + "\"lastStart\":\"18:30\"}],\"blackoutDates\":[]}")));
    assertEquals(200, schedule.status(), schedule.toString());
    assertTrue(schedule.json().getInt("created") >= 5, schedule.toString());

    java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Berlin"));
    var slots =
        Api.get("/api/v1/venues/" + venue + "/slots?from=" + today + "&to=" + today.plusDays(13))
            .array();
    assertTrue(slots.size() >= 5, "the public venue shows the new classes: " + slots);
    slots.forEach(
        s -> assertEquals("18:30", s.asJsonObject().getString("start").substring(11, 16)));

    // The other merchant reaches none of it, and a customer cannot open venues.
    String merchant = Api.token("merchant", Api.DEMO_PASSWORD);
    assertEquals(404, Api.get("/api/v1/merchant/venues/" + venue, merchant).status());
    assertEquals(
        404, Api.get("/api/v1/merchant/offerings/" + offeringId + "/schedule", merchant).status());
    assertEquals(
        404,
        Api.post("/api/v1/merchant/venues/" + venue + "/offerings", offeringJson, merchant)
            .status());
    Api.Answer notMerchant = Api.post("/api/v1/merchant/venues", venueJson, Api.newCustomer());
    assertEquals(409, notMerchant.status(), notMerchant.toString());
    assertEquals("/problems/not-a-merchant", notMerchant.json().getString("type"));

    Api.Answer invalid =
        Api.post(
            "/api/v1/merchant/venues", "{\"name\":\"\",\"timeZone\":\"Mars/Base\"}", merchant2);
    assertEquals(422, invalid.status(), invalid.toString());
    assertTrue(invalid.raw().body().contains("timeZone"));
  }
}
