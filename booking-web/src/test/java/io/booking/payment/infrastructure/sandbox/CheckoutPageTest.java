package io.booking.payment.infrastructure.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.booking.payment.domain.PaymentProvider.ProviderPaymentStatus;
import io.booking.payment.infrastructure.sandbox.CheckoutPage.Notice;
import io.booking.shared.domain.Money;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * The checkout page as the browser gets it. Each rendering is also written to
 * target/sandbox-checkout/, so it can be looked at (or screenshot) without a server.
 */
class CheckoutPageTest {

  private static final String TOKEN = "tok_abcdefghijklmnopqrstuvwxyz012345";
  private static final String RETURN = "http://localhost:8080/account/payment.xhtml?id=7&x=1";

  private static SandboxCheckout.View payment(ProviderPaymentStatus status) {
    return new SandboxCheckout.View(
        Money.ofMinor(4950, "EUR"), "Jade Garden · table for 2 <b>", status, RETURN);
  }

  private static String render(
      Locale locale, ProviderPaymentStatus status, String typed, Notice notice, String file)
      throws IOException {
    String html =
        new CheckoutPage(locale)
            .html(
                "/sandbox/checkout",
                "../../src/main/webapp/resources/css/sandbox.css",
                TOKEN,
                payment(status),
                typed,
                notice);
    Path dir = Path.of("target", "sandbox-checkout");
    Files.createDirectories(dir);
    Files.writeString(dir.resolve(file), html, StandardCharsets.UTF_8);
    return html;
  }

  @Test
  void aPendingPaymentShowsTheAmountTheCardFieldThePayButtonAndTheWayBack() throws IOException {
    String html = render(Locale.ENGLISH, ProviderPaymentStatus.PENDING, "", Notice.NONE, "en.html");

    assertTrue(html.contains("Sandbox checkout — no real money"));
    assertTrue(html.contains("id=\"amount\" class=\"sandbox-amount\">€49.50</dd>"), html);
    assertTrue(html.contains("id=\"description\">Jade Garden · table for 2 &lt;b&gt;</dd>"));
    assertTrue(html.contains("<form id=\"checkout\" method=\"post\" action=\"/sandbox/checkout\""));
    assertTrue(html.contains("name=\"token\" value=\"" + TOKEN + "\""));
    assertTrue(html.contains("<input id=\"card\" name=\"card\" type=\"text\""));
    assertTrue(html.contains("<button type=\"submit\" id=\"pay\""));
    assertTrue(html.contains(">Pay €49.50</button>"));
    assertTrue(
        html.contains(
            "<a id=\"cancel\" href=\"http://localhost:8080/account/payment.xhtml?id=7&amp;x=1\">"));
    assertTrue(html.contains("<code>4000 0000 0000 0259</code>"));
    assertFalse(html.contains("card-error"));
  }

  @Test
  void anUnknownCardIsNamedBesideTheFieldWhichKeepsWhatWasTyped() throws IOException {
    String html =
        render(
            Locale.ENGLISH,
            ProviderPaymentStatus.PENDING,
            "1234 \"5678\"",
            Notice.UNKNOWN_CARD,
            "en-unknown-card.html");

    assertTrue(html.contains("value=\"1234 &quot;5678&quot;\" aria-invalid=\"true\""), html);
    assertTrue(html.contains("<p id=\"card-error\" class=\"sandbox-field-error\" role=\"alert\">"));
    assertTrue(html.contains("Unknown test card."));
  }

  @Test
  void aDeclinedCardSaysSoAndOffersOnlyTheWayBack() throws IOException {
    String html =
        render(
            Locale.ENGLISH,
            ProviderPaymentStatus.FAILED,
            "4000000000000002",
            Notice.DECLINED,
            "en-declined.html");

    assertTrue(html.contains("id=\"declined\""));
    assertTrue(html.contains("Your card was declined"));
    assertTrue(html.contains("<a id=\"back\""));
    assertFalse(html.contains("id=\"pay\""));
  }

  @Test
  void aPaidOrCancelledPaymentCannotBePaidAgain() throws IOException {
    String paid =
        render(Locale.ENGLISH, ProviderPaymentStatus.SUCCEEDED, "", Notice.NONE, "en-paid.html");
    String cancelled =
        render(
            Locale.ENGLISH, ProviderPaymentStatus.CANCELLED, "", Notice.NONE, "en-cancelled.html");

    assertTrue(paid.contains("id=\"paid\""));
    assertTrue(cancelled.contains("This payment was cancelled"));
    assertFalse(paid.contains("id=\"pay\"") || cancelled.contains("id=\"pay\""));
  }

  @Test
  void aChineseBrowserGetsTheChinesePage() throws IOException {
    String html =
        render(
            Locale.SIMPLIFIED_CHINESE,
            ProviderPaymentStatus.PENDING,
            "",
            Notice.UNKNOWN_CARD,
            "zh.html");

    assertTrue(html.contains("<html lang=\"zh-CN\">"));
    assertTrue(html.contains("沙箱收银台 — 不涉及真实资金"));
    assertTrue(html.contains("未知的测试卡"));
  }

  @Test
  void bothLanguagesHaveTheSameTexts() throws IOException {
    assertEquals(load("").stringPropertyNames(), load("_zh_CN").stringPropertyNames());
  }

  @Test
  void theFormMayAlsoLeadToTheReturnUrlsOrigin() {
    assertEquals("http://localhost:8080", CheckoutPage.origin(RETURN));
    assertEquals(
        "https://booking.example.com", CheckoutPage.origin("https://booking.example.com/x"));
    assertEquals("", CheckoutPage.origin("/account/payment.xhtml"));
    assertEquals("", CheckoutPage.origin("javascript:alert(1)"));
  }

  private static Properties load(String suffix) throws IOException {
    try (InputStream in =
        CheckoutPageTest.class.getResourceAsStream(
            "/io/booking/web/sandbox" + suffix + ".properties")) {
      Properties p = new Properties();
      p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
      return p;
    }
  }
}
