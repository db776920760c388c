package io.booking.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A customer applies, the demo admin approves, the new merchant opens a venue and hires staff. */
class OnboardingApiIT {

  private static final String VENUE =
      "{\"name\":\"Canal Climbing\",\"category\":\"SPORTS\",\"street\":\"Ufer 3\",\"city\":\"Berlin\","
          + "\"latitude\":52.49,\"longitude\":13.42,\"timeZone\":\"Europe/Berlin\"}";

  @Test
  void anApplicantIsApprovedOpensAVenueAndHiresStaff() {
    String name = "owner" + UUID.randomUUID().toString().substring(0, 8);
    assertEquals(
        201,
        Api.post(
                "/api/v1/accounts",
                "{\"username\":\""
                    + name
                    + "\",\"email\":\""
                    + name
                    + "@example.com\","
                    + "\"password\":\"climb-2026!\",\"displayName\":\"Owner\"}")
            .status());
    String applicant = Api.token(name, "climb-2026!");
    String admin = Api.token("admin", Api.DEMO_PASSWORD);

    Api.Answer applied =
        Api.post(
            "/api/v1/merchant-applications",
            "{\"businessName\":\"Canal Climbing GmbH\",\"contact\":\"+49 30 555\",\"licenceNumber\":\"HRB 77\"}",
            applicant);
    assertEquals(201, applied.status(), applied.toString());
    long id = applied.json().getInt("id");
    assertEquals("PENDING", applied.json().getString("status"));

    Api.Answer notAdmin = Api.get("/api/v1/merchant-applications", applicant);
    assertEquals(403, notAdmin.status());
    assertEquals("/problems/forbidden", notAdmin.json().getString("type"));
    assertTrue(
        Api.get("/api/v1/merchant-applications", admin).json().getJsonArray("items").stream()
            .anyMatch(a -> a.asJsonObject().getInt("id") == id));
    assertEquals(
        422,
        Api.post("/api/v1/merchant-applications/" + id + "/approve", "{\"reason\":\"\"}", admin)
            .status());

    Api.Answer approved =
        Api.post(
            "/api/v1/merchant-applications/" + id + "/approve",
            "{\"reason\":\"Licence checked\"}",
            admin);
    assertEquals("APPROVED", approved.json().getString("status"), approved.toString());
    assertEquals(
        409,
        Api.post("/api/v1/merchant-applications/" + id + "/reject", "{\"reason\":\"no\"}", admin)
            .status());

    // A fresh token carries the new MERCHANT role.
    String merchant = Api.token(name, "climb-2026!");
    Api.Answer venue = Api.post("/api/v1/merchant/venues", VENUE, merchant);
    assertEquals(201, venue.status(), venue.toString());
    long venueId = venue.json().getInt("id");

    String helperName = "helper" + UUID.randomUUID().toString().substring(0, 8);
    Api.post(
        "/api/v1/accounts",
        "{\"username\":\""
            + helperName
            + "\",\"email\":\""
            + helperName
            + "@example.com\","
            + "\"password\":\"helper-2026!\",\"displayName\":\"Helper\"}");
    Api.Answer invited =
        Api.post(
            "/api/v1/merchant/venues/" + venueId + "/staff",
            "{\"username\":\"" + helperName + "\"}",
            merchant);
    assertEquals(201, invited.status(), invited.toString());
    long helperId = invited.json().getInt("accountId");
    String helper = Api.token(helperName, "helper-2026!");
    assertEquals(
        200, Api.get("/api/v1/staff/venues/" + venueId + "/reservations", helper).status());
    JsonObject staffList =
        Api.get("/api/v1/merchant/venues/" + venueId + "/staff", merchant).json();
    assertEquals(1, staffList.getJsonArray("items").size());
    assertEquals(
        404,
        Api.post(
                "/api/v1/merchant/venues/" + venueId + "/staff",
                "{\"username\":\"" + helperName + "\"}",
                Api.token("merchant", Api.DEMO_PASSWORD))
            .status(),
        "another merchant cannot hire for this venue");

    Api.Answer removed =
        Api.send(
            Api.request("/api/v1/merchant/venues/" + venueId + "/staff/" + helperId, merchant)
                .method("DELETE", HttpRequest.BodyPublishers.noBody()));
    assertEquals(204, removed.status());
    assertEquals(
        404, Api.get("/api/v1/staff/venues/" + venueId + "/reservations", helper).status());
  }
}
