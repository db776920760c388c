package io.booking.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Over HTTP, through the whole stack: 100 customers race for the 4 places of a squash court. */
class ConcurrentBookingApiIT {

  @Test
  void hundredConcurrentRequestsSellExactlyTheFreePlaces() throws Exception {
    JsonObject mitte = Demo.venue("Mitte Athletic Club");
    JsonObject court = Demo.freeSlotAfter(mitte, "Squash", Duration.ofDays(3));
    int places = court.getInt("capacity");
    List<String> tokens = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      tokens.add(Api.newCustomer());
    }
    String body = "{\"slotId\":" + court.getInt("id") + ",\"partySize\":1}";

    Map<Integer, Integer> statuses = new ConcurrentHashMap<>();
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(50);
    List<Future<?>> futures = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      String token = tokens.get(i % tokens.size());
      futures.add(
          pool.submit(
              () -> {
                start.await();
                int status = Api.post("/api/v1/reservations", body, token).status();
                statuses.merge(status, 1, Integer::sum);
                return null;
              }));
    }
    start.countDown();
    for (Future<?> f : futures) {
      f.get(2, TimeUnit.MINUTES);
    }
    pool.shutdown();

    assertEquals(Map.of(201, places, 409, 100 - places), statuses);
    assertEquals(0, Demo.available(mitte, court));
  }
}
