package io.booking.payment.infrastructure.sandbox;

import io.booking.payment.domain.PaymentProvider.ProviderPaymentStatus;
import io.booking.shared.domain.Money;
import java.net.URI;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The sandbox's checkout page as HTML: a standalone page, branded as the sandbox and not as the
 * platform (it stands for a payment service's own page), in English or Chinese by the browser's
 * language. Everything shown is escaped; the page needs no script.
 *
 * <p>What a browser test finds on it: the amount ({@code #amount}), what is paid for ({@code
 * #description}), the card field ({@code name="card"}, {@code #card}) with "Unknown test card"
 * beside it ({@code #card-error}), the pay button ({@code #pay}), the link back to the merchant
 * ({@code #cancel} while it can be paid, {@code #back} after), a declined card's notice ({@code
 * #declined}) and the test cards ({@code #test-cards}).
 */
final class CheckoutPage {

  /** What the page says about the last attempt. */
  enum Notice {
    NONE,
    UNKNOWN_CARD,
    DECLINED
  }

  static final String BUNDLE = "io.booking.web.sandbox";

  private final ResourceBundle texts;
  private final Locale locale;

  CheckoutPage(Locale requested) {
    this.locale =
        requested != null && "zh".equals(requested.getLanguage())
            ? Locale.SIMPLIFIED_CHINESE
            : Locale.ENGLISH;
    this.texts =
        ResourceBundle.getBundle(
            BUNDLE,
            locale,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  /**
   * The page for a payment.
   *
   * @param action where the form posts (the context path and /sandbox/checkout)
   * @param typedCard what the customer typed, kept in the field after a refusal
   */
  String html(
      String action,
      String stylesheet,
      String token,
      SandboxCheckout.View payment,
      String typedCard,
      Notice notice) {
    String amount = money(payment.amount());
    StringBuilder h = new StringBuilder(4096);
    h.append("<!DOCTYPE html>\n<html lang=\"")
        .append(locale.toLanguageTag())
        .append("\">\n<head>\n<meta charset=\"utf-8\"/>\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n")
        .append("<meta name=\"robots\" content=\"noindex\"/>\n")
        .append("<title>")
        .append(text("sandbox.title"))
        .append("</title>\n<link rel=\"stylesheet\" href=\"")
        .append(escape(stylesheet))
        .append("\"/>\n</head>\n<body class=\"sandbox\">\n")
        .append("<header class=\"sandbox-banner\"><span class=\"sandbox-badge\">")
        .append(text("sandbox.badge"))
        .append("</span> <span id=\"brand\">")
        .append(text("sandbox.title"))
        .append(
            "</span></header>\n<main class=\"sandbox-main\">\n<section class=\"sandbox-card\">\n")
        .append("<p class=\"sandbox-explain\">")
        .append(text("sandbox.explain"))
        .append("</p>\n<dl class=\"sandbox-order\">\n<dt>")
        .append(text("sandbox.for"))
        .append("</dt><dd id=\"description\">")
        .append(escape(payment.description()))
        .append("</dd>\n<dt>")
        .append(text("sandbox.amount"))
        .append("</dt><dd id=\"amount\" class=\"sandbox-amount\">")
        .append(escape(amount))
        .append("</dd>\n</dl>\n");
    String back = escape(payment.returnUrl());
    if (notice == Notice.DECLINED) {
      notice(h, "declined", "error", text("sandbox.declined"));
      link(h, "back", back, text("sandbox.back"));
    } else if (payment.status() == ProviderPaymentStatus.PENDING) {
      form(h, action, token, amount, typedCard, notice == Notice.UNKNOWN_CARD);
      link(h, "cancel", back, text("sandbox.cancel"));
    } else if (payment.status() == ProviderPaymentStatus.SUCCEEDED) {
      notice(h, "paid", "ok", text("sandbox.paid"));
      link(h, "back", back, text("sandbox.back"));
    } else {
      notice(h, "closed", "error", text("sandbox.closed." + payment.status()));
      link(h, "back", back, text("sandbox.back"));
    }
    h.append("</section>\n");
    testCards(h);
    h.append("</main>\n<footer class=\"sandbox-footer\">")
        .append(text("sandbox.footer"))
        .append("</footer>\n</body>\n</html>\n");
    return h.toString();
  }

  private void form(
      StringBuilder h,
      String action,
      String token,
      String amount,
      String typedCard,
      boolean unknownCard) {
    h.append("<form id=\"checkout\" method=\"post\" action=\"")
        .append(escape(action))
        .append("\" autocomplete=\"off\">\n")
        .append("<input type=\"hidden\" name=\"token\" value=\"")
        .append(escape(token))
        .append("\"/>\n<div class=\"sandbox-field")
        .append(unknownCard ? " invalid" : "")
        .append("\">\n<label for=\"card\">")
        .append(text("sandbox.card"))
        .append("</label>\n<input id=\"card\" name=\"card\" type=\"text\" inputmode=\"numeric\"")
        .append(" autocomplete=\"off\" placeholder=\"4242 4242 4242 4242\" maxlength=\"40\"")
        .append(" value=\"")
        .append(escape(typedCard == null ? "" : typedCard))
        .append('"');
    if (unknownCard) {
      h.append(" aria-invalid=\"true\" aria-describedby=\"card-error\"");
    }
    h.append("/>\n");
    if (unknownCard) {
      h.append("<p id=\"card-error\" class=\"sandbox-field-error\" role=\"alert\">")
          .append(text("sandbox.unknownCard"))
          .append("</p>\n");
    }
    h.append("</div>\n<button type=\"submit\" id=\"pay\" class=\"sandbox-pay\">")
        .append(escape(MessageFormat.format(texts.getString("sandbox.pay"), amount)))
        .append("</button>\n</form>\n");
  }

  private void testCards(StringBuilder h) {
    h.append("<aside class=\"sandbox-cards\">\n<h2>")
        .append(text("sandbox.cards"))
        .append("</h2>\n<ul id=\"test-cards\">\n");
    for (TestCard card : TestCard.values()) {
      h.append("<li><code>")
          .append(card.number().replaceAll("(\\d{4})(?=\\d)", "$1 "))
          .append("</code> ")
          .append(text("sandbox.card." + card.name()))
          .append("</li>\n");
    }
    h.append("</ul>\n</aside>\n");
  }

  private static void notice(StringBuilder h, String id, String kind, String text) {
    h.append("<p id=\"")
        .append(id)
        .append("\" class=\"sandbox-notice ")
        .append(kind)
        .append("\" role=\"status\">")
        .append(text)
        .append("</p>\n");
  }

  private static void link(StringBuilder h, String id, String href, String text) {
    h.append("<p class=\"sandbox-links\"><a id=\"")
        .append(id)
        .append("\" href=\"")
        .append(href)
        .append("\">")
        .append(text)
        .append("</a></p>\n");
  }

  private String text(String key) {
    return escape(texts.getString(key));
  }

  String money(Money m) {
    NumberFormat f = NumberFormat.getCurrencyInstance(locale);
    Currency currency = Currency.getInstance(m.currency());
    f.setCurrency(currency);
    f.setMinimumFractionDigits(currency.getDefaultFractionDigits());
    f.setMaximumFractionDigits(currency.getDefaultFractionDigits());
    return f.format(m.amount());
  }

  /** The origin of an absolute http(s) URL, for the page's form-action; empty otherwise. */
  static String origin(String url) {
    try {
      URI uri = URI.create(url);
      if (uri.getHost() == null
          || !("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))) {
        return "";
      }
      return uri.getScheme()
          + "://"
          + uri.getHost()
          + (uri.getPort() > 0 ? ":" + uri.getPort() : "");
    } catch (IllegalArgumentException notAUrl) {
      return "";
    }
  }

  static String escape(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(s.length() + 16);
    for (char c : s.toCharArray()) {
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
