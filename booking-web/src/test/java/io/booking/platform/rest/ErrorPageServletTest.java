package io.booking.platform.rest;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ErrorPageServletTest {

  @Test
  void apiPathsAreRecognisedHoweverTheyAreDressedUp() {
    for (String uri :
        new String[] {"/api", "/api/v1/venues", "/api;x=1/v1/venues", "//api/v1/venues"}) {
      assertTrue(ErrorPageServlet.isApi("", uri), uri);
    }
    assertTrue(ErrorPageServlet.isApi("/shop", "/shop/api/v1/venues"));
    for (String uri : new String[] {"/", "/apiary.xhtml", "/merchant/venues.xhtml", "/404.xhtml"}) {
      assertFalse(ErrorPageServlet.isApi("", uri), uri);
    }
  }
}
