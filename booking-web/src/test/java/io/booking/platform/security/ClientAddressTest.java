package io.booking.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;

class ClientAddressTest {

  private static final Set<String> BALANCERS = Set.of("10.0.0.2", "10.0.0.3");

  @Test
  void withoutATrustedProxyTheHeaderIsIgnored() {
    assertEquals("203.0.113.9", ClientAddress.resolve("203.0.113.9", "1.2.3.4", BALANCERS));
    assertEquals("203.0.113.9", ClientAddress.resolve("203.0.113.9", "1.2.3.4", Set.of()));
  }

  @Test
  void behindTheBalancerTheClientIsTheAddressItSaw() {
    assertEquals("198.51.100.7", ClientAddress.resolve("10.0.0.2", "198.51.100.7", BALANCERS));
  }

  @Test
  void whatTheClientWroteLeftOfItsOwnAddressProvesNothing() {
    // The client sent "X-Forwarded-For: 1.1.1.1"; the balancer appended the address it saw.
    assertEquals(
        "198.51.100.7", ClientAddress.resolve("10.0.0.2", "1.1.1.1, 198.51.100.7", BALANCERS));
    // Two balancers in a row are skipped.
    assertEquals(
        "198.51.100.7",
        ClientAddress.resolve("10.0.0.3", "1.1.1.1, 198.51.100.7, 10.0.0.2", BALANCERS));
  }

  @Test
  void anEmptyOrOnlyTrustedHeaderLeavesTheDirectAddress() {
    assertEquals("10.0.0.2", ClientAddress.resolve("10.0.0.2", " ", BALANCERS));
    assertEquals("10.0.0.2", ClientAddress.resolve("10.0.0.2", "10.0.0.3", BALANCERS));
  }
}
