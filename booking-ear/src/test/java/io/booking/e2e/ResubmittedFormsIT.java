package io.booking.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A form sent twice (a double click, the browser's "resend", a retry on a bad connection) does what
 * it says once: each view sends its own idempotency key with its action.
 */
class ResubmittedFormsIT {

  @Test
  void aDoubleClickOnBookBooksOnce() throws Exception {
    String username = "twice" + UUID.randomUUID().toString().substring(0, 8);
    Api.register(username);
    PageSession browser = PageSession.signedIn(username, Api.PASSWORD);
    long slot =
        Demo.freeSlot(
                Demo.venue("Jade"), "", start -> start.isAfter(Instant.now().plusSeconds(86_400)))
            .getInt("id");
    String page = browser.get("/book.xhtml?slot=" + slot + "&party=1").body();

    // The clicks leave before the first answer arrives, as a double (or triple) click does.
    List<CompletableFuture<HttpResponse<String>>> clicks = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      clicks.add(
          browser.http.sendAsync(
              browser.submission(page, "confirm", Map.of("confirm:confirmButton", "")).build(),
              HttpResponse.BodyHandlers.ofString()));
    }
    List<String> confirmations = new ArrayList<>();
    for (CompletableFuture<HttpResponse<String>> click : clicks) {
      HttpResponse<String> r = click.get(30, TimeUnit.SECONDS);
      r.headers().firstValue("Location").ifPresent(confirmations::add);
    }

    String token = Api.token(username, Api.PASSWORD);
    assertEquals(
        1,
        Api.get("/api/v1/reservations", token).json().getJsonArray("items").size(),
        "one reservation");
    assertEquals(1, confirmations.stream().distinct().count(), confirmations.toString());
  }
}
