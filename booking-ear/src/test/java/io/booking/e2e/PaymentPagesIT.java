package io.booking.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The whole money loop in the browser with the sandbox provider: a customer books a prepaid yoga
 * class (the demo's Lotus Yoga Loft), pays on the sandbox's checkout with a test card and comes
 * back to a confirmed booking; a declined card releases the places; a checkout left alone lets the
 * hold lapse (the e2e domain holds for one minute) and returns the places.
 */
class PaymentPagesIT {

  private static final String LOFT = "Lotus Yoga Loft";

  /** A fresh customer signed in, on the booking step of a free yoga class a few days ahead. */
  private static JsonObject openClass(Browser b, String username) {
    Api.register(username);
    b.signIn(username, Api.PASSWORD);
    JsonObject yoga = Demo.freeSlotAfter(Demo.venue(LOFT), "Yoga", Duration.ofDays(2));
    b.go("/book.xhtml?slot=" + yoga.getInt("id") + "&party=1");
    b.waitForText("#payNow", "150");
    return yoga;
  }

  private static String fresh() {
    return "pay" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
  }

  private static int available(JsonObject slot) {
    return Demo.freeSlots(Demo.venue(LOFT), "Yoga")
        .filter(s -> s.getInt("id") == slot.getInt("id"))
        .findFirst()
        .orElseThrow()
        .getInt("available");
  }

  @Test
  void aCustomerPaysForAPrepaidClassAndComesBackToAConfirmedBooking() {
    try (Browser b = Browser.open(1280, 1000, "en")) {
      String customer = fresh();
      JsonObject yoga = openClass(b, customer);
      b.screenshot("desktop-pay-1-book");
      b.clickable("#confirm\\:confirmButton").click();

      b.waitForUrl("/sandbox/checkout");
      b.screenshot("desktop-pay-2-checkout");
      b.type("#card", "4242424242424242");
      b.clickable("#pay").click();

      b.waitForUrl("confirmation.xhtml");
      b.screenshot("desktop-pay-3-confirmed");
      String token = Api.token(customer, Api.PASSWORD);
      JsonObject booking =
          Api.get("/api/v1/reservations", token).json().getJsonArray("items").getJsonObject(0);
      assertEquals("CONFIRMED", booking.getString("status"));
      assertEquals(yoga.getInt("id"), booking.getInt("slotId"));
      JsonObject payment = booking.getJsonObject("payment");
      assertEquals("SUCCEEDED", payment.getString("status"));
      assertEquals(
          "SUCCEEDED",
          Api.get("/api/v1/payments/" + payment.getInt("id"), token).json().getString("status"));
      assertEquals(
          404,
          Api.get("/api/v1/payments/" + payment.getInt("id"), Api.newCustomer()).status(),
          "another customer's payment is not found");
    }
  }

  @Test
  void aDeclinedCardReleasesThePlacesAndSaysSo() {
    try (Browser b = Browser.open(1280, 1000, "en")) {
      String customer = fresh();
      JsonObject yoga = openClass(b, customer);
      int before = available(yoga);
      b.clickable("#confirm\\:confirmButton").click();
      b.waitForUrl("/sandbox/checkout");
      b.type("#card", "4000000000000002");
      b.clickable("#pay").click();
      b.find("#declined");
      b.screenshot("desktop-pay-declined");

      String token = Api.token(customer, Api.PASSWORD);
      Instant deadline = Instant.now().plusSeconds(30);
      JsonObject booking;
      do {
        booking =
            Api.get("/api/v1/reservations", token).json().getJsonArray("items").getJsonObject(0);
      } while (!"CANCELLED".equals(booking.getString("status"))
          && Instant.now().isBefore(deadline));
      assertEquals("CANCELLED", booking.getString("status"), booking.toString());
      assertEquals("FAILED", booking.getJsonObject("payment").getString("status"));
      assertEquals(before, available(yoga), "the places are back");
    }
  }

  @Test
  void aCheckoutLeftAloneLetsTheHoldLapseAndTheCustomerIsTold() throws Exception {
    String name = fresh();
    Api.register(name);
    String token = Api.token(name, Api.PASSWORD);
    JsonObject yoga = Demo.freeSlotAfter(Demo.venue(LOFT), "Yoga", Duration.ofDays(3));
    int before = available(yoga);
    Api.Answer booked =
        Api.post(
            "/api/v1/reservations",
            "{\"slotId\":" + yoga.getInt("id") + ",\"partySize\":2}",
            token);
    assertEquals(201, booked.status(), booked.toString());
    assertEquals("HELD", booked.json().getString("status"));
    JsonObject payment = booked.json().getJsonObject("payment");
    assertEquals("PENDING", payment.getString("status"));
    assertEquals(300, payment.getJsonObject("amount").getJsonNumber("amount").intValue());
    assertTrue(payment.getString("checkoutUrl").contains("/sandbox/checkout"));
    assertEquals(before - 2, available(yoga));

    // The e2e domain holds for one minute; the sweep runs twice a minute.
    Instant deadline = Instant.now().plusSeconds(150);
    JsonObject now;
    do {
      Thread.sleep(3000);
      now = Api.get("/api/v1/reservations/" + booked.json().getInt("id"), token).json();
    } while (!"CANCELLED".equals(now.getString("status")) && Instant.now().isBefore(deadline));
    assertEquals("CANCELLED", now.getString("status"), now.toString());
    assertEquals("CANCELLED", now.getJsonObject("payment").getString("status"));
    assertEquals(before, available(yoga), "the places are back");

    try (Browser b = Browser.open(1280, 900, "en")) {
      b.signIn(name, Api.PASSWORD);
      b.go("/account/payment.xhtml?reservation=" + booked.json().getInt("id"));
      b.waitForText("#payment\\:outcome", "released before it was paid");
      b.screenshot("desktop-pay-lapsed");
    }
  }
}
