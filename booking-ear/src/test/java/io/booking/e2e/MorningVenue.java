package io.booking.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.net.http.HttpRequest.BodyPublishers;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * A restaurant of the demo merchant's, opened through the API in a time zone where it is morning
 * now, with evening tables every day and a staff member of its own. Tests that need bookings for
 * today (check-ins, walk-ins) use it, so they run at any hour; the demo venues run out of today's
 * seatings in the evening.
 */
record MorningVenue(long id, String name, ZoneId zone, String staff) {

  /** Of some zones spread round the globe, the one whose clock is nearest 09:00 now. */
  static ZoneId morningZone() {
    return Stream.of(
            "Pacific/Kiritimati",
            "Pacific/Fiji",
            "Australia/Sydney",
            "Asia/Tokyo",
            "Asia/Shanghai",
            "Asia/Kolkata",
            "Europe/Moscow",
            "Europe/London",
            "America/Sao_Paulo",
            "America/New_York",
            "America/Denver",
            "America/Los_Angeles",
            "Pacific/Honolulu",
            "Pacific/Pago_Pago")
        .map(ZoneId::of)
        .min(
            Comparator.comparingLong(z -> Math.abs(LocalTime.now(z).toSecondOfDay() / 60 - 9 * 60)))
        .orElseThrow();
  }

  /** Opens one: "Table for 2" from 17:00 to 21:00 on the hour, every day; a new staff account. */
  static MorningVenue open() {
    return open(null);
  }

  /** Opens one that allows a customer this many bookings a day (null: the default). */
  static MorningVenue open(Integer dailyBookingLimit) {
    return open(dailyBookingLimit, "Table for 2", "");
  }

  /**
   * Opens one whose offering (same times, 50.00 CNY a person) is paid in full online: its bookings
   * are HELD until paid, and checking in releases the money to the merchant.
   */
  static MorningVenue openPrepaid(String offeringName) {
    return open(null, offeringName, ",\"payment\":{\"mode\":\"PREPAID\"}");
  }

  private static MorningVenue open(
      Integer dailyBookingLimit, String offeringName, String paymentFields) {
    String merchant = Api.token("merchant", Api.DEMO_PASSWORD);
    String suffix = UUID.randomUUID().toString().substring(0, 6);
    String name = "Dawn Canteen " + suffix;
    ZoneId zone = morningZone();
    Api.Answer venue =
        Api.post(
            "/api/v1/merchant/venues",
            "{\"name\":\""
                + name
                + "\",\"category\":\"RESTAURANT\",\"description\":\"Open when the tests are\","
                + "\"street\":\"1 Test Street\",\"district\":\"Centre\",\"city\":\"Testville\","
                + "\"latitude\":10.5,\"longitude\":20.5,\"timeZone\":\""
                + zone.getId()
                + "\""
                + (dailyBookingLimit == null ? "" : ",\"dailyBookingLimit\":" + dailyBookingLimit)
                + "}",
            merchant);
    assertEquals(201, venue.status(), venue.toString());
    long id = venue.json().getInt("id");
    Api.Answer offering =
        Api.post(
            "/api/v1/merchant/venues/" + id + "/offerings",
            "{\"name\":\""
                + offeringName
                + "\",\"durationMinutes\":60,\"capacity\":20,\"maxPartySize\":4,"
                + "\"price\":{\"amount\":50,\"currency\":\"CNY\"},\"cancellationHours\":2"
                + paymentFields
                + "}",
            merchant);
    assertEquals(201, offering.status(), offering.toString());
    Api.Answer schedule =
        Api.send(
            Api.request(
                    "/api/v1/merchant/offerings/" + offering.json().getInt("id") + "/schedule",
                    merchant)
                .header("Content-Type", "application/json")
                .PUT(
                    BodyPublishers.ofString(
                        "{\"rules\":[{\"days\":[\"MON\",\"TUE\",\"WED\",\"THU\",\"FRI\",\"SAT\","
                            + "\"SUN\"],\"firstStart\":\"17:00\",\"lastStart\":\"21:00\","
                            + "\"intervalMinutes\":60}],\"blackoutDates\":[]}")));
    assertEquals(200, schedule.status(), schedule.toString());
    String staff = "door" + suffix;
    Api.register(staff);
    Api.Answer invited =
        Api.post(
            "/api/v1/merchant/venues/" + id + "/staff",
            "{\"username\":\"" + staff + "\"}",
            merchant);
    assertEquals(201, invited.status(), invited.toString());
    return new MorningVenue(id, name, zone, staff);
  }

  JsonObject json() {
    return Api.get("/api/v1/venues/" + id).json();
  }

  /** A fresh customer's booking for two at today's first table with all its places free. */
  String bookToday() {
    LocalDate today = LocalDate.now(zone);
    JsonObject slot =
        Demo.freeSlot(
            json(), "Table for 2", start -> start.atZone(zone).toLocalDate().equals(today));
    return Api.bookForNewCustomer(slot.getInt("id"), 2);
  }
}
