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
}
