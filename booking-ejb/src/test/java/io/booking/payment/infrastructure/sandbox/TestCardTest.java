package io.booking.payment.infrastructure.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class TestCardTest {

  @Test
  void theThreeNumbersAreKnownWithOrWithoutSpacesAndDashes() {
    assertEquals(Optional.of(TestCard.SUCCEEDS), TestCard.of("4242424242424242"));
    assertEquals(Optional.of(TestCard.SUCCEEDS), TestCard.of(" 4242 4242 4242 4242 "));
    assertEquals(Optional.of(TestCard.DECLINED), TestCard.of("4000-0000-0000-0002"));
    assertEquals(
        Optional.of(TestCard.SUCCEEDS_NOTIFIED_OUT_OF_ORDER), TestCard.of("4000000000000259"));
    assertEquals("0259", TestCard.SUCCEEDS_NOTIFIED_OUT_OF_ORDER.last4());
  }

  @Test
  void anyOtherInputIsUnknown() {
    assertEquals(Optional.empty(), TestCard.of("4111111111111111"));
    assertEquals(Optional.empty(), TestCard.of("424242424242424"));
    assertEquals(Optional.empty(), TestCard.of(""));
    assertEquals(Optional.empty(), TestCard.of(null));
    assertEquals(Optional.empty(), TestCard.of("4242424242424242x"));
  }
}
