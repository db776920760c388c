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
@org.junit.jupiter.api.TestMethodOrder(org.junit.jupiter.api.MethodOrderer.OrderAnnotation.class)
class PaymentPagesIT {

  /** The abandoned booking, made first so that its hold lapses while the other tests run. */
  private static String abandonedBy;

  private static JsonObject abandoned;

  private static JsonObject abandonedSlot;

  private static int abandonedSlotBefore;

  @org.junit.jupiter.api.BeforeAll
  static void leaveACheckoutAlone() {
    abandonedBy = fresh();
    Api.register(abandonedBy);
    String token = Api.token(abandonedBy, Api.PASSWORD);
    abandonedSlot = Demo.freeSlotAfter(Demo.venue(LOFT), "Yoga", Duration.ofDays(3));
    abandonedSlotBefore = available(abandonedSlot);
    Api.Answer booked =
        Api.post(
            "/api/v1/reservations",
            "{\"slotId\":" + abandonedSlot.getInt("id") + ",\"partySize\":2}",
            token);
    assertEquals(201, booked.status(), booked.toString());
    abandoned = booked.json();
  }

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
  @org.junit.jupiter.api.Order(1)
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
  @org.junit.jupiter.api.Order(2)
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
  @org.junit.jupiter.api.Order(3)
  void aCheckoutLeftAloneLetsTheHoldLapseAndTheCustomerIsTold() throws Exception {
    String token = Api.token(abandonedBy, Api.PASSWORD);
    assertEquals("HELD", abandoned.getString("status"));
    JsonObject payment = abandoned.getJsonObject("payment");
    assertEquals("PENDING", payment.getString("status"));
    assertEquals(300, payment.getJsonObject("amount").getJsonNumber("amount").intValue());
    assertTrue(payment.getString("checkoutUrl").contains("/sandbox/checkout"));

    // The e2e domain holds for one minute and sweeps twice a minute; the other tests ran meanwhile.
    Instant deadline = Instant.now().plusSeconds(150);
    JsonObject now;
    do {
      now = Api.get("/api/v1/reservations/" + abandoned.getInt("id"), token).json();
      if (!"CANCELLED".equals(now.getString("status"))) {
        Thread.sleep(2000);
      }
    } while (!"CANCELLED".equals(now.getString("status")) && Instant.now().isBefore(deadline));
    assertEquals("CANCELLED", now.getString("status"), now.toString());
    assertEquals("CANCELLED", now.getJsonObject("payment").getString("status"));
    assertEquals(abandonedSlotBefore, available(abandonedSlot), "the places are back");

    try (Browser b = Browser.open(1280, 900, "en")) {
      b.signIn(abandonedBy, Api.PASSWORD);
      b.go("/account/payment.xhtml?reservation=" + abandoned.getInt("id"));
      b.waitForText("#payment\\:outcome", "released before it was paid");
      b.screenshot("desktop-pay-lapsed");
    }
  }
}
