package io.booking.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;

/**
 * The merchant's story in the browser: an account applies, an administrator approves it on the
 * admin page, the new merchant opens a venue, adds an offering and a weekly schedule, the slots
 * appear on the public venue page, and a customer's booking shows on the dashboard. Another
 * merchant's venue is "not found" through every console page.
 */
class MerchantPagesIT {

  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  @Test
  void aNewMerchantOpensAVenueWhoseSlotsCustomersSee() {
    String username = "m" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    String business = "Studio " + username;
    assertEquals(
        201,
        Api.post(
                "/api/v1/accounts",
                Json.createObjectBuilder()
                    .add("username", username)
                    .add("email", username + "@example.com")
                    .add("password", "e2e-pass-2026")
                    .add("displayName", "Owner " + username)
                    .build()
                    .toString())
            .status());

    try (Browser owner = Browser.open(1280, 1000, "en");
        Browser admin = Browser.open(1280, 1000, "en")) {
      signIn(owner, username, "e2e-pass-2026");
      owner.clickable("#applyLink").click();
      owner.type("#apply\\:businessName", business);
      owner.type("#apply\\:contact", "+86 21 5555 0101");
      owner.type("#apply\\:licenceNumber", "91310000MA1");
      owner.clickable("#apply\\:send").click();
      owner.waitForText("#apply", "Waiting for a decision");

      signIn(admin, "admin", Api.DEMO_PASSWORD);
      admin.go("/admin/applications.xhtml");
      admin
          .wait
          .until(d -> d.findElement(By.xpath("//tr[contains(., '" + business + "')]//button")))
          .click();
      admin.type("#decision\\:reason", "Licence checked against the registry");
      admin.screenshot("desktop-admin-applications");
      admin.clickable("#decision\\:approve").click();
      admin.waitForText("#decision\\:messages", "Approved: " + business);

      // The new role comes with the next sign-in.
      owner.clickable("#logoutForm\\:logout").click();
      signIn(owner, username, "e2e-pass-2026");
      owner.clickable("#consoleLink").click();
      owner.clickable("#newVenue").click();
      owner.type("#venueForm\\:name", "Harbour Yoga " + username);
      owner.type("#venueForm\\:street", "88 Middle Huaihai Road");
      owner.type("#venueForm\\:city", "Shanghai");
      owner.type("#venueForm\\:latitude", "91");
      owner.type("#venueForm\\:longitude", "121.47");
      owner.clickable("#venueForm\\:save").click();
      owner.waitForText("#venueForm", "Latitude: must be between -90 and 90");
      assertEquals(
          "88 Middle Huaihai Road",
          owner.find("#venueForm\\:street").getDomProperty("value"),
          "typed values are kept beside the error");
      owner.type("#venueForm\\:latitude", "31.2200");
      owner.clickable("#venueForm\\:save").click();
      owner.waitForUrl("id=");
      long venueId =
          Long.parseLong(owner.driver.getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1"));

      owner.clickable("#offerings\\:add").click();
      owner.type("#offeringForm\\:name", "Evening yoga");
      owner.type("#offeringForm\\:price_amount_input", "88");
      owner.clickable("#offeringForm\\:saveOffering").click();
      owner.waitForText("#offerings\\:list", "Evening yoga");
      owner.screenshot("desktop-merchant-venue");

      owner.clickable("#offerings a[id$=':schedule']").click();
      owner.waitForUrl("schedule.xhtml");
      owner.clickable("#schedule\\:addRule").click();
      owner.wait.until(
          d -> d.findElements(By.cssSelector("[id$=':days'] .ui-chkbox-box")).size() == 7);
      for (int i = 0; i < 7; i++) {
        owner.driver.findElements(By.cssSelector("[id$=':days'] .ui-chkbox-box")).get(i).click();
      }
      owner.clickable("#schedule\\:save").click();
      owner.waitForText("#schedule\\:messages", "Schedule saved");
      owner.screenshot("desktop-merchant-schedule");

      LocalDate tomorrow = LocalDate.now(SHANGHAI).plusDays(1);
      owner.go("/venue.xhtml?id=" + venueId + "&day=" + tomorrow);
      // The time is shown in the page's language format ("6:00 PM"); the slot buttons are what
      // count.
      owner.find("#picker .slot-button");

      JsonObject slot =
          Api.get("/api/v1/venues/" + venueId + "/slots?from=" + tomorrow).array().getJsonObject(0);
      Api.Answer booked =
          Api.post(
              "/api/v1/reservations",
              "{\"slotId\":" + slot.getInt("id") + ",\"partySize\":2}",
              Api.newCustomer());
      assertEquals(201, booked.status(), booked.toString());
      String code = booked.json().getString("code");
      owner.go("/merchant/dashboard.xhtml?venue=" + venueId);
      owner.waitForText("#table\\:bookings", code);
      owner.find("#occupancy");
      owner.screenshot("desktop-merchant-dashboard");
      // A range that ends before it starts is explained beside the dates, not an error page.
      // The date picker puts its value back on clear(): select it and type over it.
      owner
          .clickable("#range\\:to_input")
          .sendKeys(
              org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"),
              "2020-01-01",
              org.openqa.selenium.Keys.ESCAPE);
      owner.clickable("#range\\:show").click();
      owner.waitForText("#range", "must not be before from");
      assertFalse(owner.driver.getPageSource().contains(code), "no rows for a refused range");

      owner.driver.manage().window().setSize(new Dimension(375, 812));
      for (String page :
          new String[] {
            "/merchant/dashboard.xhtml?venue=" + venueId, "/merchant/venue.xhtml?id=" + venueId
          }) {
        owner.go(page);
        owner.find("h1");
        owner.screenshot("phone-" + page.replaceAll("[^a-z]+", "-"));
        assertTrue(owner.fitsWidth(), page + " fits a phone");
      }

      // Someone else's venue is unknown through every console page.
      long jade = Demo.venue("Jade Garden Dumpling House").getInt("id");
      long jadeOffering =
          Demo.venue("Jade Garden Dumpling House")
              .getJsonArray("offerings")
              .getJsonObject(0)
              .getInt("id");
      for (String page :
          new String[] {
            "/merchant/venue.xhtml?id=" + jade,
            "/merchant/dashboard.xhtml?venue=" + jade,
            "/merchant/schedule.xhtml?offering=" + jadeOffering
          }) {
        owner.go(page);
        owner.waitForText("h1", "We could not find that page");
      }
      assertEquals(
          404,
          Api.send(
                  Api.request(
                          "/api/v1/merchant/venues/"
                              + jade
                              + "/reservations/export?from=2026-01-01",
                          Api.token(username, "e2e-pass-2026"))
                      .setHeader("Accept", "text/csv")
                      .GET())
              .status());
    }
  }

  private static void signIn(Browser b, String username, String password) {
    b.go("/login.xhtml");
    b.type("#loginForm\\:username", username);
    b.type("#loginForm\\:password", password);
    b.clickable("#loginForm\\:signIn").click();
    b.waitForUrl("index.xhtml");
  }
}
