package io.booking.catalog.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class GeoPointTest {

  @Test
  void distanceBetweenTheBundAndJingAnTempleIsAboutFourKilometres() {
    GeoPoint bund = new GeoPoint(31.2401, 121.4903);
    GeoPoint jingan = new GeoPoint(31.2235, 121.4452);
    assertEquals(4.6, bund.distanceKmTo(jingan), 0.2);
  }

  @Test
  void coordinatesOutsideTheGlobeAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> new GeoPoint(91, 0));
    assertThrows(IllegalArgumentException.class, () -> new GeoPoint(0, -181));
    assertThrows(IllegalArgumentException.class, () -> new GeoPoint(Double.NaN, 0));
  }
}
