package io.booking.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** A customer books in the browser, from search to cancellation, on a desktop and on a phone. */
class CustomerPagesIT {

  private static final String JADE = "Jade Garden Dumpling House";

  @Test
  void aNewCustomerFindsAVenueBooksATableAndCancelsIt() throws Exception {
    JsonObject jade = Demo.venue(JADE);
    LocalDate tomorrow = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(1);
    try (Browser b = Browser.open(1280, 1000, "en")) {
      b.go("/");
      b.type("#search\\:text", "dumpling");
      b.clickable("#search\\:go").click();
      b.waitForText("#results", JADE);
      b.screenshot("desktop-1-search");
      b.clickable(".venue-card a").click();

      b.waitForUrl("venue.xhtml");
      b.find("#venueName");
      // Where the venue is: a map with its marker (no tiles load here; the marker does).
      b.find("#venueMap.leaflet-container .leaflet-marker-icon");
      // Tomorrow, so the free-cancellation window is still open.
      b.go("/venue.xhtml?id=" + jade.getInt("id") + "&day=" + tomorrow);
      WebElement firstSlot = b.clickable(".slot-button:not(.ui-state-disabled)");
      String time = firstSlot.getText();
      firstSlot.click();
      b.wait.until(
          d ->
              !d.findElement(By.id("picker:book"))
                  .getAttribute("class")
                  .contains("ui-state-disabled"));
      b.screenshot("desktop-2-venue");
      b.clickable("#picker\\:book").click();

      b.waitForUrl("login.xhtml");
      b.screenshot("desktop-3-login");
      b.clickable("#loginForm\\:toRegister").click();
      b.waitForUrl("register.xhtml");
      String name = "web" + UUID.randomUUID().toString().substring(0, 8);
      b.type("#registerForm\\:username", name);
      b.type("#registerForm\\:displayName", "Web Customer");
      b.type("#registerForm\\:email", name + "@example.com");
      b.type("#registerForm\\:password", "short");
      b.clickable("#registerForm\\:create").click();
      b.waitForText("#registerForm", "at least 8 characters");
      assertEquals(
          name,
          b.find("#registerForm\\:username").getAttribute("value"),
          "what the customer typed is kept");
      b.screenshot("desktop-4-register-error");
      b.type("#registerForm\\:password", "web-pass-2026");
      b.clickable("#registerForm\\:create").click();

      b.waitForUrl("book.xhtml");
      assertTrue(b.find("#who").getText().contains(name));
      assertTrue(b.find("#venue").getText().contains(JADE));
      assertTrue(b.find("#when").getText().contains(time), "the chosen time survives sign-up");
      assertTrue(b.find("#when").getText().contains("Asia/Shanghai"));
      b.screenshot("desktop-5-confirm");
      b.clickable("#confirm\\:confirmButton").click();

      b.waitForUrl("confirmation.xhtml");
      String code = b.find("#code").getText().replace("-", "");
      assertEquals(8, code.length());
      WebElement qr = b.find("#qr");
      assertTrue(qr.getAttribute("alt").contains(b.find("#code").getText()));
      assertTrue(
          ((Number) b.driver.executeScript("return arguments[0].naturalWidth;", qr)).intValue()
              > 0);
      b.screenshot("desktop-6-confirmation");

      String ics = download(b, b.find("#ics").getAttribute("href"));
      Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
      VEvent event = (VEvent) calendar.getComponent("VEVENT").orElseThrow();
      assertTrue(calendar.getComponent("VTIMEZONE").isPresent(), "the zone travels with the file");
      // The local time as written in the file, next to its zone: what a calendar app shows.
      LocalTime chosen =
          LocalTime.parse(time.trim(), DateTimeFormatter.ofPattern("h:mm a", Locale.ENGLISH));
      String expected =
          "DTSTART;TZID=Asia/Shanghai:"
              + tomorrow.format(DateTimeFormatter.BASIC_ISO_DATE)
              + "T"
              + chosen.format(DateTimeFormatter.ofPattern("HHmmss"));
      assertTrue(ics.contains(expected), "expected " + expected + " in\n" + ics);
      assertTrue(event.getSummary().getValue().contains(JADE));

      b.clickable("a[href*='reservations.xhtml']").click();
      b.waitForUrl("reservations.xhtml");
      assertTrue(b.find(".reservation .res-code").getText().contains(code));
      assertTrue(b.find(".reservation").getText().contains("Free cancellation until"));
      b.screenshot("desktop-7-reservations");

      b.clickable("button[id$=':cancel']").click();
      b.clickable("#mine\\:yes").click();
      b.waitForText("#mine\\:messages", code);
      assertTrue(b.find(".reservation.past .tag.cancelled").isDisplayed());
      b.screenshot("desktop-8-cancelled");
    }
  }

  @Test
  void aSlotTakenWhileTheCustomerLookedIsExplainedNotAnError() {
    JsonObject mitte = Demo.venue("Mitte Athletic Club");
    JsonObject court = Demo.freeSlotAfter(mitte, "Squash", Duration.ofDays(4));
    try (Browser b = Browser.open(1280, 1000, "en")) {
      b.go("/login.xhtml");
      String token = Api.newCustomer();
      // A demo customer looks at the confirm step for all four places of a court...
      b.type("#loginForm\\:username", "gymgoer");
      b.type("#loginForm\\:password", Api.DEMO_PASSWORD);
      b.clickable("#loginForm\\:signIn").click();
      b.waitForUrl("index.xhtml");
      b.go("/book.xhtml?slot=" + court.getInt("id") + "&party=4");
      b.find("#confirm\\:confirmButton");
      // ...while someone else books them.
      assertEquals(
          201,
          Api.post(
                  "/api/v1/reservations",
                  "{\"slotId\":" + court.getInt("id") + ",\"partySize\":4}",
                  token)
              .status());
      b.clickable("#confirm\\:confirmButton").click();

      b.waitForUrl("venue.xhtml");
      b.waitForText("#picker\\:messages", "just taken");
      b.screenshot("desktop-sold-out");
      assertFalse(b.driver.getPageSource().contains("Something went wrong"));
      assertTrue(
          b.find(".slot-button.ui-state-disabled").isDisplayed(), "the taken time shows as full");
    }
  }

  private static String download(Browser b, String href) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(href))
            .header("Cookie", "JSESSIONID=" + b.cookie("JSESSIONID"))
            .GET()
            .build();
    HttpResponse<String> r =
        HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    assertEquals(200, r.statusCode(), r.body());
    assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/calendar"));
    return r.body();
  }

  @Test
  void theChinesePagesRender() {
    try (Browser b = Browser.open(1280, 1000, "zh-CN")) {
      b.go("/");
      assertTrue(b.find("h1").getText().contains("预订"), b.find("h1").getText());
      b.screenshot("desktop-zh-search");
      b.go("/venue.xhtml?id=" + Demo.venue(JADE).getInt("id"));
      assertTrue(b.find("#hoursTitle").getText().contains("营业时间"));
      b.screenshot("desktop-zh-venue");
      b.clickable("#langForm\\:toEnglish").click();
      b.waitForText("#hoursTitle", "Opening hours");
    }
    // Why an input is refused reads in Chinese too (the domain says it in English).
    try (Browser b = Browser.open(1280, 1000, "zh-CN")) {
      b.go("/register.xhtml");
      b.type("#registerForm\\:username", "zh" + Long.toString(System.nanoTime(), 36));
      b.type("#registerForm\\:displayName", "网页顾客");
      b.type("#registerForm\\:email", "guest@localhost"); // the browser takes it, the rules do not
      b.type("#registerForm\\:password", "short");
      b.clickable("#registerForm\\:create").click();
      b.waitForText("#registerForm", "不是有效的电子邮件地址");
      String messages =
          b.driver.findElements(org.openqa.selenium.By.cssSelector(".ui-message-error")).stream()
              .map(org.openqa.selenium.WebElement::getText)
              .reduce("", (x, y) -> x + "\n" + y);
      assertTrue(messages.contains("至少 8 个字符"), messages);
      assertFalse(messages.matches("(?s).*[A-Za-z]{4,}.*"), "no English words: " + messages);
      b.screenshot("desktop-zh-register-error");
    }
  }

  @Test
  void everyPageFitsAPhoneScreen() {
    JsonObject jade = Demo.venue(JADE);
    try (Browser b = Browser.open(375, 812, "en")) {
      for (String[] page :
          List.of(
              new String[] {"/", "phone-search"},
              new String[] {"/venue.xhtml?id=" + jade.getInt("id"), "phone-venue"},
              new String[] {"/login.xhtml", "phone-login"},
              new String[] {"/register.xhtml", "phone-register"},
              new String[] {"/nothing-here.xhtml", "phone-404"})) {
        b.go(page[0]);
        b.find("footer");
        b.screenshot(page[1]);
        assertTrue(b.fitsWidth(), page[0] + " scrolls sideways on a phone");
      }
    }
  }
}
