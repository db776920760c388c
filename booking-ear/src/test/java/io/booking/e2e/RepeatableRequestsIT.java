package io.booking.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Every state-changing API call takes an Idempotency-Key with the same rules as bookings. */
class RepeatableRequestsIT {

  @Test
  void aCancellationRepeatedWithItsKeyAnswersTheSameAndTheKeyServesNothingElse() {
    String token = Api.newCustomer();
    long first = book(token);
    long second = book(token);
    Map<String, String> key = Map.of("Idempotency-Key", UUID.randomUUID().toString());

    Api.Answer cancelled = Api.post("/api/v1/reservations/" + first + "/cancel", null, token, key);
    Api.Answer again = Api.post("/api/v1/reservations/" + first + "/cancel", null, token, key);
    Api.Answer other = Api.post("/api/v1/reservations/" + second + "/cancel", null, token, key);

    assertEquals(200, cancelled.status(), cancelled.toString());
    assertEquals("false", cancelled.header("Idempotent-Replayed"));
    assertEquals(200, again.status(), again.toString());
    assertEquals("true", again.header("Idempotent-Replayed"));
    assertEquals(cancelled.json().getString("status"), again.json().getString("status"));
    assertEquals(422, other.status(), other.toString());
    assertTrue(other.contentType().startsWith("application/problem+json"));
    assertTrue(other.raw().body().contains("Idempotency-Key"), other.toString());
    assertEquals(
        "CONFIRMED", Api.get("/api/v1/reservations/" + second, token).json().getString("status"));
  }

  @Test
  void aKeyTooLongIsRefusedBeforeAnythingHappens() {
    String token = Api.newCustomer();
    long booked = book(token);

    Api.Answer refused =
        Api.post(
            "/api/v1/reservations/" + booked + "/cancel",
            null,
            token,
            Map.of("Idempotency-Key", "k".repeat(101)));

    assertEquals(422, refused.status(), refused.toString());
    assertEquals(
        "CONFIRMED", Api.get("/api/v1/reservations/" + booked, token).json().getString("status"));
  }

  private static long book(String token) {
    long slot =
        Demo.freeSlot(
                Demo.venue("Jade"),
                "",
                start -> start.isAfter(Instant.now().plusSeconds(2 * 86_400)))
            .getInt("id");
    Api.Answer booked =
        Api.post("/api/v1/reservations", "{\"slotId\":" + slot + ",\"partySize\":1}", token);
    assertEquals(201, booked.status(), booked.toString());
    return booked.json().getJsonNumber("id").longValue();
  }
}
