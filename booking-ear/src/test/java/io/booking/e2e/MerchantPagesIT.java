package io.booking.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.interactions.Actions;

/**
 * The "done" story in the browser: an account applies, an administrator approves it on the
 * admin page, the new merchant opens a fitness studio (placed on the map), adds a class and a
 * weekly schedule, the slots appear on the public venue page, a customer's booking shows on the
 * dashboard, the merchant invites a staff member, and the staff member checks the customer in from
 * a phone. Another merchant's venue is "not found" through every console page.
 */
class MerchantPagesIT {

  @Test
  void aNewMerchantOpensAVenueWhoseSlotsCustomersSee() {
    String username = "m" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    String business = "Studio " + username;
    Api.register(username);

    try (Browser owner = Browser.open(1280, 1000, "en");
        Browser admin = Browser.open(1280, 1000, "en")) {
      owner.signIn(username, Api.PASSWORD);
      // A customer who opens the console is told why not, and where to apply.
      owner.go("/merchant/venues.xhtml");
      owner.waitForText("h1", "not open to your account");
      owner.clickable("#applyInstead").click();
      owner.type("#apply\\:businessName", business);
      owner.type("#apply\\:contact", "+86 21 5555 0101");
      owner.type("#apply\\:licenceNumber", "91310000MA1");
      owner.clickable("#apply\\:send").click();
      owner.waitForText("#apply", "Waiting for a decision");

      admin.signIn("admin", Api.DEMO_PASSWORD);
      admin.go("/admin/applications.xhtml");
      admin
          .wait
          .until(d -> d.findElement(By.xpath("//tr[contains(., '" + business + "')]//button")))
          .click();
      admin.type("#decision\\:reason", "Licence checked against the registry");
      admin.screenshot("desktop-admin-applications");
      admin.clickable("#decision\\:approve").click();
      admin.waitForText("#decision\\:messages", "Approved: " + business);

      // The new role counts at once: the applicant's next page has the console.
      owner.driver.navigate().refresh();
      owner.clickable("#consoleLink").click();
      owner.clickable("#newVenue").click();
      owner.type("#venueForm\\:name", "Harbour Yoga " + username);
      owner.clickable("#venueForm\\:category").click();
      owner.clickable("#venueForm\\:category_items li[data-label='Fitness']").click();
      owner.type("#venueForm\\:street", "88 Middle Huaihai Road");
      owner.type("#venueForm\\:city", "Shanghai");
      // A zone where it is morning now: today's 18:00 class is still ahead, so the customer can
      // book
      // it and the staff member can check them in today, whatever time the test runs.
      ZoneId studioZone = MorningVenue.morningZone();
      owner.clickable("#venueForm\\:timeZone").click();
      owner.type("#venueForm\\:timeZone_filter", studioZone.getId());
      owner
          .clickable("#venueForm\\:timeZone_items li[data-label='" + studioZone.getId() + "']")
          .click();
      owner.type("#venueForm\\:latitude", "91");
      owner.type("#venueForm\\:longitude", "121.47");
      owner.clickable("#venueForm\\:save").click();
      owner.waitForText("#venueForm", "Latitude: must be between -90 and 90");
      assertEquals(
          "88 Middle Huaihai Road",
          owner.find("#venueForm\\:street").getDomProperty("value"),
          "typed values are kept beside the error");
      // The map (re-drawn with the form) places the venue where it is clicked; no tiles load here,
      // but a click still turns into coordinates. Off-centre, so the click misses the marker.
      owner.wait.until(
          d -> !d.findElements(By.cssSelector("#venueMap.leaflet-container")).isEmpty());
      new Actions(owner.driver).moveToElement(owner.find("#venueMap"), 60, -40).click().perform();
      owner.wait.until(
          d ->
              d.findElement(By.id("venueForm:latitude"))
                  .getDomProperty("value")
                  .matches("\\d+\\.\\d{6}"));
      double latitude =
          Double.parseDouble(owner.find("#venueForm\\:latitude").getDomProperty("value"));
      double longitude =
          Double.parseDouble(owner.find("#venueForm\\:longitude").getDomProperty("value"));
      assertTrue(
          latitude > 30.5 && latitude < 31.3 && longitude > 121.4 && longitude < 122,
          "a click north-east of Shanghai's centre: " + latitude + ", " + longitude);
      owner.clickable("#venueForm\\:save").click();
      owner.waitForUrl("id=");
      owner.waitForText("#venueForm\\:messages", "is open");
      assertEquals(
          "", owner.find("#photoForm\\:messages").getText(), "the message is in its own box");
      owner.wait.until(
          d -> !d.findElements(By.cssSelector("#venueMap .leaflet-marker-icon")).isEmpty());
      assertEquals(
          latitude,
          Double.parseDouble(owner.find("#venueForm\\:latitude").getDomProperty("value")),
          1e-6,
          "the clicked position is what was saved");
      long venueId =
          Long.parseLong(owner.driver.getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1"));

      owner.clickable("#offerings\\:add").click();
      owner.type("#offeringForm\\:name", "Evening yoga");
      owner.type("#offeringForm\\:price_amount_input", "88");
      owner.typeOver("#offeringForm\\:horizonDays_input", "30");
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

      LocalDate today = LocalDate.now(studioZone);
      owner.go("/venue.xhtml?id=" + venueId + "&day=" + today);
      // The time is shown in the page's language format ("6:00 PM"); the slot buttons are what
      // count.
      owner.find("#picker .slot-button");
      // Booked 30 days ahead: a day three weeks out can be picked (the default horizon is 14).
      LocalDate later = today.plusDays(21);
      owner.go("/venue.xhtml?id=" + venueId + "&day=" + later);
      assertEquals(later.toString(), owner.find("#picker\\:day_input").getDomProperty("value"));
      owner.find("#picker .slot-button");

      JsonObject slot =
          Api.get("/api/v1/venues/" + venueId + "/slots?from=" + today).array().getJsonObject(0);
      String code = Api.bookForNewCustomer(slot.getInt("id"), 2);
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

      // The merchant invites a staff member, who checks the customer in from a phone.
      String helper = "desk" + UUID.randomUUID().toString().substring(0, 8);
      Api.register(helper);
      owner.go("/merchant/venue.xhtml?id=" + venueId);
      owner.type("#staffForm\\:invitee", helper);
      owner.clickable("#staffForm\\:invite").click();
      owner.waitForText("#staffForm\\:messages", "now works at this venue");
      try (Browser desk = Browser.open(375, 812, "en")) {
        desk.signIn(helper, Api.PASSWORD);
        desk.clickable("#deskLink").click();
        desk.waitForText("#deskVenue", "Harbour Yoga " + username);
        desk.type("#desk\\:code", code);
        desk.clickable("#desk\\:checkIn").click();
        desk.waitForText("#day\\:outcome", "Checked in");
        desk.screenshot("phone-staff-checks-in-the-studio-s-customer");
      }
      owner.go("/merchant/dashboard.xhtml?venue=" + venueId);
      owner.waitForText("#table\\:bookings", "Checked in");

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
        assertTrue(owner.find("header").getText().contains(username), "still shown signed in");
      }
      assertEquals(
          404,
          Api.send(
                  Api.request(
                          "/api/v1/merchant/venues/"
                              + jade
                              + "/reservations/export?from=2026-01-01",
                          Api.token(username, Api.PASSWORD))
                      .setHeader("Accept", "text/csv")
                      .GET())
              .status());
    }
  }
}
