package io.booking.platform.web;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The domain states why an input was refused in English ("must be between 1 and 180"), the API's
 * language. Pages show that reason in the page's language: its numbers become arguments, the rest a
 * key of the {@code reasons} bundle ({@code must_be_between_{0}_and_{1}}). A reason the bundle does
 * not know is shown as the domain wrote it.
 */
public final class Reasons {

  static final String BUNDLE = "io.booking.web.reasons";

  private static final Pattern NUMBER = Pattern.compile("-?\\d+");

  private Reasons() {}

  public static String in(Locale locale, String reason) {
    if (reason == null || reason.isBlank()) {
      return reason;
    }
    List<String> numbers = new ArrayList<>();
    String key = keyOf(reason, numbers);
    try {
      // No fallback to the JVM's own locale: an English page stays English on a Chinese server.
      ResourceBundle bundle =
          ResourceBundle.getBundle(
              BUNDLE,
              locale,
              ResourceBundle.Control.getNoFallbackControl(
                  ResourceBundle.Control.FORMAT_PROPERTIES));
      if (!bundle.containsKey(key)) {
        return reason;
      }
      // Numbers as typed by the domain ("1440", not "1,440"); quotes in texts stay literal.
      return new MessageFormat(bundle.getString(key).replace("'", "''"), locale)
          .format(numbers.toArray());
    } catch (MissingResourceException e) {
      return reason;
    }
  }

  /**
   * The bundle key of a reason: its numbers become {0}, {1}... (collected in {@code numbers}),
   * every other run of signs an underscore.
   */
  static String keyOf(String reason, List<String> numbers) {
    Matcher m = NUMBER.matcher(reason);
    StringBuilder template = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(template, "{" + numbers.size() + "}");
      numbers.add(m.group());
    }
    m.appendTail(template);
    return template.toString().replaceAll("[^A-Za-z0-9{}]+", "_").replaceAll("^_+|_+$", "");
  }
}
