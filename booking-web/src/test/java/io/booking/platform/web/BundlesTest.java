package io.booking.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.booking.catalog.domain.Category;
import io.booking.catalog.domain.MerchantApplication;
import io.booking.reservation.domain.ReservationStatus;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The pages' text bundles: every English key has a Chinese one and the other way round, and every
 * value the pages look up by an enum's name ("status." + status) exists in both languages.
 */
class BundlesTest {

  @ParameterizedTest
  @ValueSource(strings = {"messages", "console", "desk", "faces", "reasons"})
  void bothLanguagesHaveTheSameKeys(String bundle) throws IOException {
    Set<String> english = load(bundle, "").stringPropertyNames();
    Set<String> chinese = load(bundle, "_zh_CN").stringPropertyNames();
    Set<String> onlyEnglish = new TreeSet<>(english);
    onlyEnglish.removeAll(chinese);
    Set<String> onlyChinese = new TreeSet<>(chinese);
    onlyChinese.removeAll(english);
    assertEquals(Set.of(), onlyEnglish, bundle + ": keys without a Chinese text");
    assertEquals(Set.of(), onlyChinese, bundle + ": keys without an English text");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "_zh_CN"})
  void everyStatusAndCategoryHasAText(String language) throws IOException {
    Properties messages = load("messages", language);
    Properties desk = load("desk", language);
    for (ReservationStatus s : ReservationStatus.values()) {
      assertTrue(messages.containsKey("status." + s), "messages" + language + ": status." + s);
      assertTrue(desk.containsKey("desk.status." + s), "desk" + language + ": desk.status." + s);
    }
    for (Category c : Category.values()) {
      assertTrue(messages.containsKey("category." + c), "messages" + language + ": category." + c);
    }
    Properties console = load("console", language);
    for (MerchantApplication.Status s : MerchantApplication.Status.values()) {
      assertTrue(console.containsKey("apply.status." + s), "console" + language + ": " + s);
    }
  }

  private static Properties load(String bundle, String suffix) throws IOException {
    String path = "/io/booking/web/" + bundle + suffix + ".properties";
    try (InputStream in = BundlesTest.class.getResourceAsStream(path)) {
      assertTrue(in != null, path + " exists");
      Properties p = new Properties();
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      return p;
    }
  }
}
