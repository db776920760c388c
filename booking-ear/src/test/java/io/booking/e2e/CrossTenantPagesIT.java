package io.booking.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.json.JsonObject;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;

/**
 * A merchant who tampers with the console's forms cannot change another merchant's venue, offerings
 * or schedule: the second demo merchant opens its own editors and smuggles the first merchant's ids
 * into the posted forms (the view parameters are read again on every postback). Whatever the page
 * answers, nothing of the other venue changes, as the public API shows.
 */
class CrossTenantPagesIT {

  private static final String JADE = "Jade Garden Dumpling House";

  /** What the public sees of a venue: its name, its offerings and the slots of one of them. */
  private static String publicState(JsonObject venue) {
    JsonObject now = Api.get("/api/v1/venues/" + venue.getInt("id")).json();
    return now.getString("name")
        + " "
        + now.getString("city")
        + " "
        + now.getJsonArray("offerings")
        + " "
        + Demo.freeSlots(now, "Table for 2")
            .map(s -> s.getInt("id") + "@" + s.getString("start"))
            .toList();
  }

  /** Adds a hidden field to a form, as a hand-made request would. */
  private static void smuggle(Browser b, String formId, String name, String value) {
    ((JavascriptExecutor) b.driver)
        .executeScript(
            "var f = document.getElementById(arguments[0]);"
                + "var i = document.createElement('input');"
                + "i.type = 'hidden'; i.name = arguments[1]; i.value = arguments[2];"
                + "f.appendChild(i);",
            formId,
            name,
            value);
  }

  @Test
  void anotherMerchantsVenueOfferingsAndScheduleCannotBeChangedThroughThePages()
      throws InterruptedException {
    JsonObject jade = Demo.venue(JADE);
    String jadeId = String.valueOf(jade.getInt("id"));
    String jadeOffering = String.valueOf(Demo.offeringId(jade, "Table for 2"));
    String before = publicState(jade);

    // The second merchant's own venue, class and weekly schedule, made for this test.
    String token = Api.token("merchant2", Api.DEMO_PASSWORD);
    Api.Answer created =
        Api.post(
            "/api/v1/merchant/venues",
            "{\"name\":\"Own Studio "
                + UUID.randomUUID().toString().substring(0, 8)
                + "\",\"category\":\"FITNESS\",\"description\":\"Made by CrossTenantPagesIT\","
                + "\"street\":\"1 Test Road\",\"city\":\"Testville\","
                + "\"latitude\":31.2,\"longitude\":121.4,\"timeZone\":\"Asia/Shanghai\"}",
            token);
    assertEquals(201, created.status(), created.toString());
    long ownId = created.json().getInt("id");
    Api.Answer offering =
        Api.post(
            "/api/v1/merchant/venues/" + ownId + "/offerings",
            "{\"name\":\"Table for 2\",\"durationMinutes\":60,\"capacity\":8,"
                + "\"maxPartySize\":2,\"price\":{\"amount\":10,\"currency\":\"CNY\"},"
                + "\"cancellationHours\":12}",
            token);
    assertEquals(201, offering.status(), offering.toString());
    long ownOffering = offering.json().getInt("id");
    Api.Answer schedule =
        Api.send(
            Api.request("/api/v1/merchant/offerings/" + ownOffering + "/schedule", token)
                .header("Content-Type", "application/json")
                .PUT(
                    java.net.http.HttpRequest.BodyPublishers.ofString(
                        "{\"rules\":[{\"days\":[\"MON\",\"TUE\",\"WED\",\"THU\",\"FRI\","
                            + "\"SAT\",\"SUN\"],\"firstStart\":\"10:00\",\"lastStart\":\"12:00\"}],"
                            + "\"blackoutDates\":[]}")));
    assertEquals(200, schedule.status(), schedule.toString());
    JsonObject own = Api.get("/api/v1/venues/" + ownId).json();
    String ownBefore = publicState(own);
    String mark = "Taken over " + UUID.randomUUID().toString().substring(0, 8);

    try (Browser b = Browser.open(1280, 1000, "en")) {
      b.signIn("merchant2", Api.DEMO_PASSWORD);

      // The venue form of its own venue, posted with the other venue's id.
      b.go("/merchant/venue.xhtml?id=" + ownId);
      b.type("#venueForm\\:name", mark);
      smuggle(b, "venueForm", "id", jadeId);
      b.clickable("#venueForm\\:save").click();
      b.find("#venueForm\\:messages");
      Thread.sleep(1500);
      b.screenshot("cross-tenant-venue");
      assertFalse(b.find("#venueForm").getText().contains("Saved"), b.find("#venueForm").getText());

      // A new offering, posted for the other venue.
      b.go("/merchant/venue.xhtml?id=" + ownId);
      b.clickable("#offerings\\:add").click();
      b.type("#offeringForm\\:name", mark);
      smuggle(b, "offeringForm", "id", jadeId);
      b.clickable("#offeringForm\\:saveOffering").click();
      Thread.sleep(1500);
      b.screenshot("cross-tenant-offering");

      // Its own schedule page, posted for the other venue's offering with every rule removed.
      b.go("/merchant/schedule.xhtml?offering=" + ownOffering);
      b.clickable("#schedule [id$='removeRule']").click();
      Thread.sleep(1500);
      smuggle(b, "schedule", "offering", jadeOffering);
      b.clickable("#schedule\\:save").click();
      Thread.sleep(1500);
      b.screenshot("cross-tenant-schedule");
    }

    assertEquals(before, publicState(jade), "the other merchant's venue is as it was");
    // Had the pages ignored the smuggled ids, the merchant's own venue would have changed instead:
    // it did not, so each form really was posted for the other venue, and refused.
    assertEquals(ownBefore, publicState(own), "the forms were posted for the other venue");
    List<String> marked =
        Api.get("/api/v1/venues?q=" + mark.replace(" ", "+")).json().getJsonArray("items").stream()
            .map(v -> v.asJsonObject().getString("name"))
            .toList();
    assertEquals(List.of(), marked, "no venue took the smuggled name");
  }
}
