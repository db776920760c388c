package io.booking.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest.BodyPublishers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Money through the platform's own endpoints, HTTP only: a prepaid booking paid at the sandbox's
 * checkout form, the provider's notifications as the sandbox delivers them (the 0259 card's: the
 * same success twice, then a stale "pending"), and the newcomer's path from booking to the visit
 * that releases the money. Waits poll what the server shows (the booking, the sandbox's webhook
 * log), never a fixed time.
 */
class PaymentApiIT {

  private static final String LOFT = "Lotus Yoga Loft";

  /** Polls until the answer passes, at most 20 seconds; the last answer otherwise. */
  private static <T> T until(Supplier<T> read, Predicate<T> done) {
    Instant deadline = Instant.now().plusSeconds(20);
    T last = read.get();
    while (!done.test(last) && Instant.now().isBefore(deadline)) {
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
      last = read.get();
    }
    return last;
  }

  private static JsonObject book(long slotId, String token) {
    Api.Answer booked =
        Api.post("/api/v1/reservations", "{\"slotId\":" + slotId + ",\"partySize\":1}", token);
    assertEquals(201, booked.status(), booked.toString());
    JsonObject reservation = booked.json();
    assertEquals("HELD", reservation.getString("status"));
    assertEquals("PENDING", reservation.getJsonObject("payment").getString("status"));
    return reservation;
  }

  private static String checkoutToken(JsonObject reservation) {
    String url = reservation.getJsonObject("payment").getString("checkoutUrl");
    String query = URI.create(url).getRawQuery();
    return java.net.URLDecoder.decode(
        query.substring(query.indexOf("token=") + "token=".length()), StandardCharsets.UTF_8);
  }

  /** Posts the sandbox's checkout form as a browser would: the token and the card. */
  static void pay(JsonObject reservation, String card) {
    String token = checkoutToken(reservation);
    Api.Answer paid =
        Api.send(
            Api.request("/sandbox/checkout", null)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(
                    BodyPublishers.ofString(
                        "token="
                            + URLEncoder.encode(token, StandardCharsets.UTF_8)
                            + "&card="
                            + URLEncoder.encode(card, StandardCharsets.UTF_8))));
    assertEquals(303, paid.status(), "paid and sent back to the platform: " + paid);
  }

  private static JsonObject reservation(long id, String token) {
    return Api.get("/api/v1/reservations/" + id, token).json();
  }

  static JsonObject confirmed(JsonObject reservation, String token) {
    JsonObject now =
        until(
            () -> reservation(reservation.getInt("id"), token),
            r -> r.getString("status").equals("CONFIRMED"));
    assertEquals("CONFIRMED", now.getString("status"), now.toString());
    return now;
  }

  /** The sandbox's webhook log of the payment: every notification and whether it arrived. */
  private static JsonArray deliveries(JsonObject reservation) {
    Api.Answer log =
        Api.get(
            "/sandbox/notifications?token="
                + URLEncoder.encode(checkoutToken(reservation), StandardCharsets.UTF_8));
    assertEquals(200, log.status(), log.toString());
    return log.json().getJsonArray("items");
  }

  private static void assertLedgerSumsToZero() {
    JsonObject sheet =
        Api.get("/api/v1/admin/ledger/balances", Api.token("admin", Api.DEMO_PASSWORD)).json();
    for (JsonObject total : sheet.getJsonArray("totals").getValuesAs(JsonObject.class)) {
      assertEquals(
          0,
          total.getJsonObject("posted").getJsonNumber("amount").bigDecimalValue().signum(),
          total.toString());
      assertEquals(
          0,
          total.getJsonObject("pending").getJsonNumber("amount").bigDecimalValue().signum(),
          total.toString());
    }
  }

  @Test
  void theCardNotifiedTwiceAndStalePaysOnceAndConfirmsOnce() {
    String customer = Api.newCustomer();
    JsonObject yoga = Demo.freeSlotAfter(Demo.venue(LOFT), "Yoga", Duration.ofDays(2));
    JsonObject booked = book(yoga.getInt("id"), customer);

    pay(booked, "4000 0000 0000 0259");

    JsonObject after = confirmed(booked, customer);
    JsonArray log =
        until(
            () -> deliveries(booked),
            l ->
                l.size() == 3
                    && l.getValuesAs(JsonObject.class).stream()
                        .allMatch(d -> d.getBoolean("delivered")));
    assertEquals(3, log.size(), log.toString());
    assertTrue(
        log.getValuesAs(JsonObject.class).stream().allMatch(d -> d.getBoolean("delivered")),
        "all three delivered: " + log);
    java.util.List<JsonObject> successes =
        log.getValuesAs(JsonObject.class).stream()
            .filter(d -> d.getString("type").equals("PAYMENT_SUCCEEDED"))
            .toList();
    assertEquals(2, successes.size(), "the success twice: " + log);
    assertEquals(
        successes.get(0).getString("eventId"),
        successes.get(1).getString("eventId"),
        "under one event id");
    assertEquals(
        1,
        log.getValuesAs(JsonObject.class).stream()
            .filter(d -> d.getString("type").equals("PAYMENT_PENDING"))
            .count(),
        "and a stale pending: " + log);

    JsonObject now = reservation(booked.getInt("id"), customer);
    assertEquals("CONFIRMED", now.getString("status"), "still confirmed after the stale one");
    assertEquals(after.getString("code"), now.getString("code"));
    JsonArray mine = Api.get("/api/v1/reservations", customer).json().getJsonArray("items");
    assertEquals(1, mine.size(), "one booking: " + mine);
    long paymentId = now.getJsonObject("payment").getInt("id");
    assertEquals(booked.getJsonObject("payment").getInt("id"), paymentId, "one payment");
    JsonObject payment = Api.get("/api/v1/payments/" + paymentId, customer).json();
    assertEquals("SUCCEEDED", payment.getString("status"));
    assertTrue(payment.getBoolean("inEscrow"), "held once, until the class");
    JsonObject receipt = Api.get("/api/v1/payments/" + paymentId + "/receipt", customer).json();
    assertEquals(0, receipt.getJsonArray("refunds").size());
    assertEquals(
        receipt.getJsonObject("paid").getJsonNumber("amount").bigDecimalValue(),
        receipt.getJsonObject("netPaid").getJsonNumber("amount").bigDecimalValue());
    assertLedgerSumsToZero();
  }

  @Test
  void aNewcomerBooksPaysIsCheckedInAndTheMerchantsStatementHasTheClassLessCommission() {
    MorningVenue studio = MorningVenue.openPrepaid("Yoga class");
    LocalDate today = LocalDate.now(studio.zone());
    JsonObject slot =
        Demo.freeSlot(
            studio.json(),
            "Yoga",
            start -> start.atZone(studio.zone()).toLocalDate().equals(today));
    String customer = Api.newCustomer();
    JsonObject booked = book(slot.getInt("id"), customer);
    long paymentId = booked.getJsonObject("payment").getInt("id");
    assertEquals(
        404,
        Api.get("/api/v1/payments/" + paymentId + "/receipt", customer).status(),
        "no receipt before it is paid");

    pay(booked, "4242 4242 4242 4242");
    confirmed(booked, customer);
    Api.Answer checkedIn =
        Api.post(
            "/api/v1/staff/venues/" + studio.id() + "/checkins",
            "{\"code\":\"" + booked.getString("code") + "\"}",
            Api.token(studio.staff(), Api.PASSWORD));

    assertEquals(200, checkedIn.status(), checkedIn.toString());
    assertEquals("CHECKED_IN", checkedIn.json().getString("status"));
    assertEquals("CHECKED_IN", reservation(booked.getInt("id"), customer).getString("status"));
    JsonObject payment = Api.get("/api/v1/payments/" + paymentId, customer).json();
    assertEquals("SUCCEEDED", payment.getString("status"));
    assertFalse(payment.getBoolean("inEscrow"), "released to the merchant by the visit");
    Api.Answer receipt = Api.get("/api/v1/payments/" + paymentId + "/receipt", customer);
    assertEquals(200, receipt.status(), receipt.toString());
    assertEquals(
        0,
        new BigDecimal("50")
            .compareTo(
                receipt.json().getJsonObject("paid").getJsonNumber("amount").bigDecimalValue()),
        "one person at 50.00 CNY: " + receipt);
    assertEquals("PREPAID", receipt.json().getString("paymentMode"));
    assertEquals(
        404,
        Api.get("/api/v1/payments/" + paymentId + "/receipt", Api.newCustomer()).status(),
        "another customer's receipt is not found");
    assertLedgerSumsToZero();

    // The evening's settlement (run now by the administrator): the merchant's statement has the
    // class's money less the platform's commission, and its payout is on its way.
    String admin = Api.token("admin", Api.DEMO_PASSWORD);
    Api.Answer settled =
        Api.post("/api/v1/admin/settlements?day=" + LocalDate.now(ZoneOffset.UTC), "", admin);
    assertEquals(200, settled.status(), settled.toString());
    String merchant = Api.token("merchant", Api.DEMO_PASSWORD);
    JsonArray statements = Api.get("/api/v1/merchant/statements", merchant).array();
    JsonObject statement =
        statements.getValuesAs(JsonObject.class).stream()
            .filter(
                st ->
                    st.getJsonArray("lines").getValuesAs(JsonObject.class).stream()
                        .anyMatch(l -> l.getInt("subjectId") == booked.getInt("id")))
            .findFirst()
            .orElseThrow(() -> new AssertionError("the class on a statement: " + statements));
    JsonObject line =
        statement.getJsonArray("lines").getValuesAs(JsonObject.class).stream()
            .filter(l -> l.getInt("subjectId") == booked.getInt("id"))
            .findFirst()
            .orElseThrow();
    int basisPoints =
        Api.get("/api/v1/admin/merchants/" + statement.getInt("merchantId") + "/commission", admin)
            .json()
            .getInt("basisPoints");
    BigDecimal commission =
        new BigDecimal("50")
            .multiply(BigDecimal.valueOf(basisPoints))
            .divide(BigDecimal.valueOf(10_000), 2, RoundingMode.HALF_UP);
    assertEquals(0, new BigDecimal("50").compareTo(amount(line, "gross")), line.toString());
    assertEquals(0, commission.compareTo(amount(line, "commission")), line.toString());
    assertEquals(
        0,
        new BigDecimal("50").subtract(commission).compareTo(amount(line, "net")),
        line.toString());
    assertEquals("reservation", line.getString("subjectType"));
    assertTrue(
        statement
                .getJsonObject("payout")
                .getJsonObject("amount")
                .getJsonNumber("amount")
                .bigDecimalValue()
                .compareTo(amount(line, "net"))
            >= 0,
        "the payout carries the statement's net: " + statement);
    String csvPath = "/api/v1/merchant/statements/" + statement.getInt("id") + "/csv";
    assertEquals(404, csv(csvPath, Api.newCustomer()).status(), "not a customer's to read");
    Api.Answer csv = csv(csvPath, merchant);
    assertEquals(200, csv.status(), csv.toString());
    assertTrue(
        csv.raw().body().lines().anyMatch(row -> row.contains(String.valueOf(booked.getInt("id")))),
        "the class in the CSV: " + csv);
    assertLedgerSumsToZero();
  }

  private static Api.Answer csv(String path, String token) {
    return Api.send(Api.request(path, token).setHeader("Accept", "text/csv").GET());
  }

  private static BigDecimal amount(JsonObject line, String field) {
    return line.getJsonObject(field).getJsonNumber("amount").bigDecimalValue();
  }
}
