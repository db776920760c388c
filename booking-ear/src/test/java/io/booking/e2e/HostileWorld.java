package io.booking.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.net.http.HttpRequest.BodyPublishers;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What the hostile-input test may touch. Everything it changes is its own: a fresh customer, a
 * fresh merchant (approved by the demo admin) with a fitness studio of its own, a fresh staff
 * member there, and pending merchant applications. The demo accounts' tokens are used for reads
 * only, so the other end-to-end tests find the demo data as they expect it.
 */
record HostileWorld(
    Map<String, String> tokens,
    String customerName,
    long venue,
    ZoneId zone,
    long offering,
    List<Long> slots,
    long reservation,
    String code,
    long removableStaff,
    List<Long> applications,
    List<Long> demoVenues,
    List<Long> demoOfferings,
    String suffix) {

  /** Token kinds whose owner the test made, so they may write. */
  static final List<String> OWN = List.of("customer", "merchant", "staff", "admin");

  /** The demo accounts', for reads only. */
  static final List<String> DEMO = List.of("demo-diner", "demo-merchant", "demo-staff");

  static HostileWorld create() {
    String suffix = UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    Map<String, String> tokens = new LinkedHashMap<>();
    String admin = Api.token("admin", Api.DEMO_PASSWORD);
    tokens.put("admin", admin);

    String customerName = "hxc" + suffix;
    Api.register(customerName);
    tokens.put("customer", Api.token(customerName, Api.PASSWORD));

    String merchantName = "hxm" + suffix;
    Api.register(merchantName);
    long application = apply(Api.token(merchantName, Api.PASSWORD));
    Api.Answer approved =
        Api.post(
            "/api/v1/merchant-applications/" + application + "/approve",
            "{\"reason\":\"Hostile input test\"}",
            admin);
    assertEquals(200, approved.status(), approved.toString());
    String merchant = Api.token(merchantName, Api.PASSWORD);
    tokens.put("merchant", merchant);

    ZoneId zone = MorningVenue.morningZone();
    Api.Answer venue =
        Api.post(
            "/api/v1/merchant/venues",
            "{\"name\":\"Probe Studio "
                + suffix
                + "\",\"category\":\"FITNESS\",\"description\":\"Made by HostileInputIT\","
                + "\"street\":\"1 Probe Street\",\"city\":\"Testville\",\"latitude\":10.5,"
                + "\"longitude\":20.5,\"timeZone\":\""
                + zone.getId()
                + "\"}",
            merchant);
    assertEquals(201, venue.status(), venue.toString());
    long venueId = venue.json().getInt("id");
    Api.Answer offering =
        Api.post(
            "/api/v1/merchant/venues/" + venueId + "/offerings",
            "{\"name\":\"Probe class\",\"durationMinutes\":60,\"capacity\":500,"
                + "\"maxPartySize\":4,\"price\":{\"amount\":12.50,\"currency\":\"EUR\"},"
                + "\"cancellationHours\":0}",
            merchant);
    assertEquals(201, offering.status(), offering.toString());
    long offeringId = offering.json().getInt("id");
    Api.Answer schedule =
        Api.send(
            Api.request("/api/v1/merchant/offerings/" + offeringId + "/schedule", merchant)
                .header("Content-Type", "application/json")
                .PUT(
                    BodyPublishers.ofString(
                        "{\"rules\":[{\"days\":[\"MON\",\"TUE\",\"WED\",\"THU\",\"FRI\",\"SAT\","
                            + "\"SUN\"],\"firstStart\":\"07:00\",\"lastStart\":\"22:00\","
                            + "\"intervalMinutes\":60}],\"blackoutDates\":[]}")));
    assertEquals(200, schedule.status(), schedule.toString());

    String staffName = "hxs" + suffix;
    Api.register(staffName);
    invite(venueId, staffName, merchant);
    tokens.put("staff", Api.token(staffName, Api.PASSWORD));
    String spareName = "hxt" + suffix;
    Api.register(spareName);
    long spare = invite(venueId, spareName, merchant);

    LocalDate today = LocalDate.now(zone);
    List<Long> slots = new ArrayList<>();
    Api.get(
            "/api/v1/venues/"
                + venueId
                + "/slots?from="
                + today
                + "&to="
                + today.plusDays(13)
                + "&offeringId="
                + offeringId)
        .array()
        .forEach(s -> slots.add(s.asJsonObject().getJsonNumber("id").longValue()));
    if (slots.size() < 10) {
      throw new IllegalStateException("the probe studio has too few slots: " + slots);
    }
    Api.Answer booked =
        Api.post(
            "/api/v1/reservations",
            "{\"slotId\":" + slots.get(slots.size() - 1) + ",\"partySize\":1}",
            tokens.get("customer"));
    assertEquals(201, booked.status(), booked.toString());

    List<Long> applications = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      String applicant = "hxa" + i + suffix;
      Api.register(applicant);
      applications.add(apply(Api.token(applicant, Api.PASSWORD)));
    }

    tokens.put("demo-diner", Api.token("diner", Api.DEMO_PASSWORD));
    tokens.put("demo-merchant", Api.token("merchant", Api.DEMO_PASSWORD));
    tokens.put("demo-staff", Api.token("staff", Api.DEMO_PASSWORD));
    List<Long> demoVenues = new ArrayList<>();
    List<Long> demoOfferings = new ArrayList<>();
    Api.get("/api/v1/venues?size=100")
        .json()
        .getJsonArray("items")
        .forEach(v -> demoVenues.add(v.asJsonObject().getJsonNumber("id").longValue()));
    JsonObject first = Api.get("/api/v1/venues/" + demoVenues.get(0)).json();
    first
        .getJsonArray("offerings")
        .forEach(o -> demoOfferings.add(o.asJsonObject().getJsonNumber("id").longValue()));

    return new HostileWorld(
        Map.copyOf(tokens),
        customerName,
        venueId,
        zone,
        offeringId,
        List.copyOf(slots),
        booked.json().getJsonNumber("id").longValue(),
        booked.json().getString("code"),
        spare,
        List.copyOf(applications),
        List.copyOf(demoVenues),
        List.copyOf(demoOfferings),
        suffix);
  }

  private static long apply(String token) {
    Api.Answer applied =
        Api.post(
            "/api/v1/merchant-applications",
            "{\"businessName\":\"Probe GmbH\",\"contact\":\"+49 30 1\",\"licenceNumber\":\"HRB 1\"}",
            token);
    assertEquals(201, applied.status(), applied.toString());
    return applied.json().getJsonNumber("id").longValue();
  }

  private static long invite(long venue, String username, String merchant) {
    Api.Answer invited =
        Api.post(
            "/api/v1/merchant/venues/" + venue + "/staff",
            "{\"username\":\"" + username + "\"}",
            merchant);
    assertEquals(201, invited.status(), invited.toString());
    return invited.json().getJsonNumber("accountId").longValue();
  }
}
