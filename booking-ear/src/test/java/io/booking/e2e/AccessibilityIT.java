package io.booking.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Every page passes axe-core's WCAG 2.0 and 2.1 level A and AA rules: the public pages, a
 * customer's pages, the merchant console, the staff desk and the admin page, each on a desktop and
 * on a phone, in English and in Chinese, and in the states people see them in (validation messages,
 * an open dialog or date picker, an uploaded photo, a check-in's outcome). axe-core comes from npm,
 * pinned by booking-ear/src/test/axe/package-lock.json, and is injected into each page through
 * Selenium (docs/decisions/0022-accessibility-checked-by-axe.md). A failure lists every violation:
 * the rule, its impact, the elements (CSS selectors), what is wrong with them and where they were
 * found. Each page is also saved as a screenshot (target/screenshots/a11y-*).
 */
class AccessibilityIT {

  /** WCAG 2.0 and 2.1, levels A and AA: what the project promises. */
  private static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

  private static final String JADE = "Jade Garden Dumpling House";

  /** Every page is checked on each: a desktop and a phone, in English and in Chinese. */
  private enum Screen {
    DESKTOP_EN(1280, 1000, "en"),
    PHONE_EN(375, 812, "en"),
    DESKTOP_ZH(1280, 1000, "zh-CN"),
    PHONE_ZH(375, 812, "zh-CN");

    final int width;
    final int height;
    final String language;

    Screen(int width, int height, String language) {
      this.width = width;
      this.height = height;
      this.language = language;
    }

    String label() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
  }

  /** A page as a person sees it: its address, and what they did there before it is checked. */
  private record View(String name, String path, Consumer<Browser> then) {
    View(String name, String path) {
      this(name, path, b -> {});
    }
  }

  /** axe.min.js, as npm installed it. */
  private static String axeSource;

  @BeforeAll
  static void installAxe() throws Exception {
    Path tool = NpmTool.install("axe", "the accessibility check");
    axeSource = Files.readString(tool.resolve("node_modules/axe-core/axe.min.js"));
  }

  @Test
  void thePublicPagesHaveNoViolation() {
    long jade = Demo.venue(JADE).getInt("id");
    LocalDate tomorrow = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(1);
    check(
        "public",
        null,
        null,
        List.of(
            new View("search", "/"),
            new View(
                "venue",
                "/venue.xhtml?id=" + jade + "&day=" + tomorrow,
                AccessibilityIT::pickTheFirstFreeTime),
            new View(
                "venue-day-picker",
                "/venue.xhtml?id=" + jade,
                b -> {
                  b.clickable("#picker .ui-datepicker-trigger").click();
                  shown(b, "#picker\\:day_panel");
                }),
            new View("login", "/login.xhtml"),
            new View(
                "login-errors",
                "/login.xhtml",
                b -> {
                  b.clickable("#loginForm\\:signIn").click();
                  b.find("#loginForm .ui-message-error");
                }),
            new View("register", "/register.xhtml"),
            new View(
                "register-errors",
                "/register.xhtml",
                b -> {
                  b.clickable("#registerForm\\:create").click();
                  b.find("#registerForm .ui-message-error");
                }),
            new View("not-found", "/nothing-here.xhtml"),
            new View("error", "/error.xhtml"),
            new View("expired", "/expired.xhtml")));
  }

  @Test
  void aCustomersPagesHaveNoViolation() {
    JsonObject jade = Demo.venue(JADE);
    String customer = "a11y" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    Api.register(customer);
    String token = Api.token(customer, Api.PASSWORD);
    long upcoming = book(token, Demo.freeSlotAfter(jade, "Table for 2", Duration.ofDays(2)));
    long cancelled = book(token, Demo.freeSlotAfter(jade, "Table for 2", Duration.ofDays(4)));
    Api.Answer cancel = Api.post("/api/v1/reservations/" + cancelled + "/cancel", null, token);
    assertEquals(200, cancel.status(), cancel.toString());
    long toBook = Demo.freeSlotAfter(jade, "Table for 2", Duration.ofDays(6)).getInt("id");
    // A prepaid class: its booking step, the payment page and the sandbox's checkout.
    JsonObject loft = Demo.venue("Lotus Yoga Loft");
    long yogaToBook = Demo.freeSlotAfter(loft, "Yoga", Duration.ofDays(5)).getInt("id");
    Api.Answer held =
        Api.post(
            "/api/v1/reservations",
            "{\"slotId\":"
                + Demo.freeSlotAfter(loft, "Yoga", Duration.ofDays(6)).getInt("id")
                + ",\"partySize\":1}",
            token);
    assertEquals(201, held.status(), held.toString());
    String checkout =
        java.net
                .URI
                .create(held.json().getJsonObject("payment").getString("checkoutUrl"))
                .getRawPath()
            + "?"
            + java.net
                .URI
                .create(held.json().getJsonObject("payment").getString("checkoutUrl"))
                .getRawQuery();
    // A paid class, for its receipt.
    Api.Answer toPay =
        Api.post(
            "/api/v1/reservations",
            "{\"slotId\":"
                + Demo.freeSlotAfter(loft, "Yoga", Duration.ofDays(7)).getInt("id")
                + ",\"partySize\":1}",
            token);
    assertEquals(201, toPay.status(), toPay.toString());
    PaymentApiIT.pay(toPay.json(), "4242424242424242");
    PaymentApiIT.confirmed(toPay.json(), token);
    long paid = toPay.json().getJsonObject("payment").getInt("id");
    check(
        "customer",
        customer,
        Api.PASSWORD,
        List.of(
            new View("search-signed-in", "/"),
            new View("book", "/book.xhtml?slot=" + toBook + "&party=2"),
            new View("book-prepaid", "/book.xhtml?slot=" + yogaToBook + "&party=1"),
            new View("payment", "/account/payment.xhtml?reservation=" + held.json().getInt("id")),
            new View("sandbox-checkout", checkout),
            new View("confirmation", "/account/confirmation.xhtml?id=" + upcoming),
            new View("reservations", "/account/reservations.xhtml"),
            new View("receipt", "/account/receipt.xhtml?payment=" + paid),
            new View(
                "reservations-cancel-dialog",
                "/account/reservations.xhtml",
                b -> {
                  b.clickable("button[id$=':cancel']").click();
                  shown(b, ".ui-confirm-dialog");
                }),
            new View("merchant-application", "/account/merchant-application.xhtml"),
            new View("not-for-this-account", "/merchant/venues.xhtml")));
  }

  @Test
  void theMerchantConsoleHasNoViolation() {
    JsonObject jade = Demo.venue(JADE);
    long jadeId = jade.getInt("id");
    long tableForTwo = Demo.offeringId(jade, "Table for 2");
    // A booking in the dashboard's first two weeks, so that its table has a row.
    Api.bookForNewCustomer(
        Demo.freeSlotAfter(jade, "Table for 2", Duration.ofDays(1)).getInt("id"), 2);
    // A venue of the merchant's own for a photo, uploaded through the page on the first screen.
    MorningVenue studio = MorningVenue.open();
    Path photo = photo();
    check(
        "merchant",
        "merchant",
        Api.DEMO_PASSWORD,
        List.of(
            new View("venues", "/merchant/venues.xhtml"),
            new View(
                "venue-editor",
                "/merchant/venue.xhtml?id=" + jadeId,
                b -> b.find("#venueMap.leaflet-container .leaflet-marker-icon")),
            new View(
                "offering-dialog",
                "/merchant/venue.xhtml?id=" + jadeId,
                b -> {
                  b.clickable("#offerings\\:add").click();
                  shown(b, "#offeringDialog");
                }),
            new View(
                "venue-editor-photo",
                "/merchant/venue.xhtml?id=" + studio.id(),
                b -> {
                  if (b.driver.findElements(By.cssSelector("#photoForm .photo img")).isEmpty()) {
                    b.find("#photoForm\\:upload_input").sendKeys(photo.toString());
                  }
                  // Lazily loaded: it loads once it is in view (and the screenshot shows it).
                  b.driver.executeScript(
                      "arguments[0].scrollIntoView({block: 'center'});",
                      b.find("#photoForm .photo img"));
                  b.wait.until(
                      d ->
                          Boolean.TRUE.equals(
                              b.driver.executeScript(
                                  "var i = document.querySelector('#photoForm .photo img');"
                                      + " return i.complete && i.naturalWidth > 0;")));
                }),
            new View("new-venue", "/merchant/venue.xhtml"),
            new View(
                "new-venue-errors",
                "/merchant/venue.xhtml",
                b -> {
                  b.clickable("#venueForm\\:save").click();
                  b.find("#venueForm .ui-message-error");
                }),
            new View("schedule", "/merchant/schedule.xhtml?offering=" + tableForTwo),
            new View(
                "dashboard",
                "/merchant/dashboard.xhtml?venue=" + jadeId,
                b -> b.find("#occupancy canvas")),
            new View("statements", "/merchant/statements.xhtml")));
  }

  @Test
  void theStaffDeskHasNoViolation() {
    MorningVenue door = MorningVenue.open();
    String code = door.bookToday();
    door.bookToday();
    // A second venue of the same staff member: the desk without a venue asks which one.
    MorningVenue second = MorningVenue.open();
    Api.Answer invited =
        Api.post(
            "/api/v1/merchant/venues/" + second.id() + "/staff",
            "{\"username\":\"" + door.staff() + "\"}",
            Api.token("merchant", Api.DEMO_PASSWORD));
    assertEquals(201, invited.status(), invited.toString());
    String desk = "/staff/desk.xhtml?venue=" + door.id();
    check(
        "staff",
        door.staff(),
        Api.PASSWORD,
        List.of(
            new View("desk-venues", "/staff/desk.xhtml"),
            new View("desk", desk),
            new View(
                "desk-checked-in",
                desk,
                b -> {
                  // Checked in on the first screen, "already checked in" on the others.
                  b.type("#desk\\:code", code);
                  b.clickable("#desk\\:checkIn").click();
                  b.find("#day\\:outcome.checked_in, #day\\:outcome.already");
                }),
            new View(
                "desk-refused",
                desk,
                b -> {
                  b.type("#desk\\:code", "ZZZZ-ZZZZ");
                  b.clickable("#desk\\:checkIn").click();
                  b.find("#day\\:outcome.refused");
                }),
            new View(
                "walk-in-dialog",
                desk,
                b -> {
                  b.clickable("#tools\\:walkInOpen").click();
                  shown(b, "#walkInDialog");
                })));
  }

  @Test
  void theAdminPageHasNoViolation() {
    String applicant = "a11y" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    String business = "Studio " + applicant;
    Api.register(applicant);
    Api.Answer applied =
        Api.post(
            "/api/v1/merchant-applications",
            "{\"businessName\":\""
                + business
                + "\",\"contact\":\"+86 21 5555 0101\",\"licenceNumber\":\"91310000MA1\"}",
            Api.token(applicant, Api.PASSWORD));
    assertEquals(201, applied.status(), applied.toString());
    check(
        "admin",
        "admin",
        Api.DEMO_PASSWORD,
        List.of(
            new View("applications", "/admin/applications.xhtml"),
            new View("money", "/admin/money.xhtml"),
            new View("settlements", "/admin/settlements.xhtml"),
            new View(
                "application-decision",
                "/admin/applications.xhtml",
                b -> {
                  b.wait
                      .until(
                          d ->
                              d.findElement(
                                  By.xpath("//tr[contains(., '" + business + "')]//button")))
                      .click();
                  b.find("#decision\\:reason");
                })));
  }

  /**
   * Checks the views on every screen, signed in as the account (none: anonymous), and fails with
   * every violation found.
   */
  /**
   * Where each audience's pages are checked by default (CI's time is bounded): customers' pages on
   * a desktop in English and a phone in Chinese, the console and the admin page on a desktop, the
   * desk on a phone. {@code -Da11y.screens=all} checks every page on all four.
   */
  private static List<Screen> screens(String audience) {
    if ("all".equals(System.getProperty("a11y.screens"))) {
      return List.of(Screen.values());
    }
    return switch (audience) {
      case "merchant", "admin" -> List.of(Screen.DESKTOP_EN);
      case "staff" -> List.of(Screen.PHONE_ZH);
      default -> List.of(Screen.DESKTOP_EN, Screen.PHONE_ZH);
    };
  }

  private static void check(String audience, String username, String password, List<View> views) {
    Findings findings = new Findings();
    for (Screen screen : screens(audience)) {
      try (Browser b = Browser.open(screen.width, screen.height, screen.language)) {
        if (username != null) {
          b.signIn(username, password);
        }
        for (View view : views) {
          b.go(view.path());
          b.find("footer");
          view.then().accept(b);
          settle(b);
          b.screenshot("a11y-" + audience + "-" + screen.label() + "-" + view.name());
          findings.add(screen.label() + " " + view.name(), axe(b));
        }
      }
    }
    String report = findings.describe(audience);
    try {
      Path file = NpmTool.TARGET.resolve("axe/report-" + audience + ".txt");
      Files.createDirectories(file.getParent());
      Files.writeString(file, report);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    assertTrue(findings.none(), report);
  }

  /** Runs axe-core in the page as it is now: its answer, as JSON. */
  private static JsonObject axe(Browser b) {
    b.driver.executeScript(axeSource);
    b.driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(120));
    Object answer =
        b.driver.executeAsyncScript(
            "var done = arguments[arguments.length - 1];"
                + "axe.run(document, {runOnly: {type: 'tag', values: arguments[0]},"
                + " resultTypes: ['violations']}).then(function (r) {"
                + "  done(JSON.stringify({violations: r.violations, passes: r.passes.length,"
                + "    incomplete: r.incomplete}));"
                + "}, function (e) { done(JSON.stringify({error: String(e)})); });",
            TAGS);
    try (JsonReader r = Json.createReader(new StringReader(String.valueOf(answer)))) {
      JsonObject result = r.readObject();
      assertFalse(result.containsKey("error"), () -> "axe-core failed: " + result);
      assertTrue(result.getInt("passes") > 0, () -> "axe-core ran no rule: " + result);
      return result;
    }
  }

  /**
   * Waits until the page is still: loaded, fonts in, no Ajax request, jQuery animation or CSS
   * transition running (colour contrast is measured on what is painted, and a button fading to its
   * hover colour is neither colour). Endless animations (a spinner) do not count.
   */
  private static void settle(Browser b) {
    b.wait.until(
        d ->
            Boolean.TRUE.equals(
                b.driver.executeScript(
                    "return document.readyState === 'complete'"
                        + " && document.fonts.status === 'loaded'"
                        + " && (!window.jQuery"
                        + "     || (jQuery.active === 0 && jQuery(':animated').length === 0))"
                        + " && document.getAnimations().every(function (a) {"
                        + "      return a.playState !== 'running'"
                        + "        || a.effect.getComputedTiming().iterations === Infinity; });")));
  }

  /** Waits until the element (a dialog, a date picker) is fully shown, its fade-in over. */
  private static void shown(Browser b, String css) {
    b.wait.until(
        d -> {
          WebElement e = d.findElement(By.cssSelector(css));
          return e.isDisplayed()
              && "1".equals(e.getCssValue("opacity"))
              && Boolean.TRUE.equals(
                  b.driver.executeScript("return arguments[0].getAnimations().length === 0;", e));
        });
  }

  private static void pickTheFirstFreeTime(Browser b) {
    b.clickable(".slot-button:not(.ui-state-disabled)").click();
    b.wait.until(
        d ->
            !d.findElement(By.id("picker:book"))
                .getAttribute("class")
                .contains("ui-state-disabled"));
  }

  /** A 640 x 480 PNG of a few coloured bands, as a venue photo. */
  private static Path photo() {
    BufferedImage image = new BufferedImage(640, 480, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    int[] colours = {0x8d6e63, 0xa1887f, 0xd7ccc8, 0x6d4c41};
    for (int i = 0; i < colours.length; i++) {
      g.setColor(new Color(colours[i]));
      g.fillRect(0, i * 120, 640, 120);
    }
    g.dispose();
    try {
      Path file = Files.createTempFile("venue-photo", ".png");
      ImageIO.write(image, "png", file.toFile());
      file.toFile().deleteOnExit();
      return file;
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static long book(String token, JsonObject slot) {
    Api.Answer booked =
        Api.post(
            "/api/v1/reservations",
            "{\"slotId\":" + slot.getInt("id") + ",\"partySize\":2}",
            token);
    assertEquals(201, booked.status(), booked.toString());
    return booked.json().getInt("id");
  }

  /**
   * What axe found: one entry per rule, element and message, with every screen and page it was
   * found on (a stylesheet's mistake shows on many pages; it is listed once, with all of them).
   */
  private static final class Findings {

    private record Key(String rule, String target, String summary) implements Comparable<Key> {
      @Override
      public int compareTo(Key o) {
        return (rule + "\u0000" + target + "\u0000" + summary)
            .compareTo(o.rule + "\u0000" + o.target + "\u0000" + o.summary);
      }
    }

    private final Map<Key, Set<String>> where = new TreeMap<>();
    private final Map<String, String> rules = new TreeMap<>();
    private final Map<String, Integer> occurrences = new TreeMap<>();
    private final List<String> views = new ArrayList<>();
    private final Map<String, Set<String>> undecided = new TreeMap<>();
    private final Map<String, String> undecidedExample = new TreeMap<>();

    void add(String view, JsonObject result) {
      views.add(view);
      for (JsonValue v : result.getJsonArray("incomplete")) {
        JsonObject check = v.asJsonObject();
        String rule = check.getString("id");
        undecided.computeIfAbsent(rule, k -> new LinkedHashSet<>()).add(view);
        check.getJsonArray("nodes").stream()
            .findFirst()
            .ifPresent(
                n ->
                    undecidedExample.putIfAbsent(
                        rule,
                        target(n.asJsonObject())
                            + ": "
                            + n.asJsonObject().getString("failureSummary", "").strip()));
      }
      for (JsonValue v : result.getJsonArray("violations")) {
        JsonObject violation = v.asJsonObject();
        String rule = violation.getString("id");
        rules.put(
            rule,
            rule
                + " ("
                + violation.getString("impact", "?")
                + "): "
                + violation.getString("help")
                + " "
                + violation.getString("helpUrl", ""));
        for (JsonValue n : violation.getJsonArray("nodes")) {
          JsonObject node = n.asJsonObject();
          Key key = new Key(rule, target(node), summary(node));
          where.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(view);
          occurrences.merge(rule, 1, Integer::sum);
        }
      }
    }

    boolean none() {
      return where.isEmpty();
    }

    String describe(String audience) {
      StringBuilder s = new StringBuilder();
      s.append(
          String.format(
              "axe-core, WCAG 2.0/2.1 A and AA (%s), %s pages: %d views checked (%s),"
                  + " %d violations (rule x element)%n",
              String.join(", ", TAGS),
              audience,
              views.size(),
              String.join(", ", views),
              where.size()));
      undecided.forEach(
          (rule, on) ->
              s.append(
                  String.format(
                      "  needs review (axe could not decide; not a failure): %s on %d views,"
                          + " e.g. %s%n",
                      rule,
                      on.size(),
                      undecidedExample.getOrDefault(rule, "?").replaceAll("\\s+", " "))));
      for (String rule : rules.keySet()) {
        long elements = where.keySet().stream().filter(k -> k.rule().equals(rule)).count();
        s.append(
            String.format(
                "  %s: %d elements, %d occurrences%n", rule, elements, occurrences.get(rule)));
      }
      String rule = null;
      for (Map.Entry<Key, Set<String>> e : where.entrySet()) {
        Key k = e.getKey();
        if (!k.rule().equals(rule)) {
          rule = k.rule();
          s.append(System.lineSeparator()).append(rules.get(rule)).append(System.lineSeparator());
        }
        s.append("  ")
            .append(k.target())
            .append(System.lineSeparator())
            .append("    ")
            .append(k.summary())
            .append(System.lineSeparator())
            .append("    on ")
            .append(String.join(", ", e.getValue()))
            .append(System.lineSeparator());
      }
      return s.toString();
    }

    /** The element's CSS selector; inside a frame or shadow root, the path to it. */
    private static String target(JsonObject node) {
      return node.getJsonArray("target").stream()
          .map(
              t ->
                  t instanceof JsonString str
                      ? str.getString()
                      : t.asJsonArray().stream()
                          .map(x -> ((JsonString) x).getString())
                          .collect(Collectors.joining(" >>> ")))
          .collect(Collectors.joining(" | "));
    }

    /** What axe says is wrong with it, without its "Fix any of the following:" headings. */
    private static String summary(JsonObject node) {
      return node.getString("failureSummary", "")
          .lines()
          .map(String::strip)
          .filter(line -> !line.isEmpty() && !line.startsWith("Fix "))
          .collect(Collectors.joining("; "));
    }
  }
}
