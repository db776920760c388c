package io.booking.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Who a request to the API is, whatever shape its path takes. A person signed in on the pages has a
 * session cookie; a cross-site page can make their browser send it. So the cookie may read through
 * the API but never change anything there, also when the path is written so that it does not begin
 * with "/api/" literally and still reaches the API.
 */
class ApiAuthenticationIT {

  private static final List<String> BOOKING_PATHS =
      List.of(
          "/api/v1/reservations",
          "/api;x/v1/reservations",
          "//api/v1/reservations",
          "/api/./v1/reservations",
          "/api/v1/./reservations",
          "/api/x/../v1/reservations");

  @Test
  void aSessionCookieReadsThroughTheApiButNeverChangesAnything() throws Exception {
    String username = "cookie" + UUID.randomUUID().toString().substring(0, 8);
    Api.register(username);
    HttpClient browser = signedIn(username, Api.PASSWORD);
    assertEquals(200, send(browser, get("/api/v1/reservations")).statusCode(), "the cookie reads");

    long slot =
        Demo.freeSlot(
                Demo.venue("Jade"), "", start -> start.isAfter(Instant.now().plusSeconds(86_400)))
            .getInt("id");
    for (String path : BOOKING_PATHS) {
      HttpResponse<String> r =
          send(
              browser,
              request(path)
                  .header("Content-Type", "application/json")
                  .POST(
                      HttpRequest.BodyPublishers.ofString(
                          "{\"slotId\":" + slot + ",\"partySize\":1}")));
      assertTrue(
          r.statusCode() == 401 || r.statusCode() == 404 || r.statusCode() == 400,
          path + " booked with only the session cookie: " + r.statusCode() + " " + r.body());
    }
    String token = Api.token(username, Api.PASSWORD);
    assertEquals(
        0,
        Api.get("/api/v1/reservations", token).json().getJsonArray("items").size(),
        "nothing was booked");
  }

  @Test
  void aForgedTokenIsRefusedWhateverThePathLooksLike() throws Exception {
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    for (String path :
        List.of(
            "/api/v1/merchant/venues",
            "/api/v1/merchant/..",
            "/api/v1/merchant/venues/..",
            "/api;x/v1/merchant/venues",
            "//api/v1/merchant/venues",
            "/api/./v1/merchant/venues")) {
      HttpResponse<String> r =
          send(client, get(path).header("Authorization", "Bearer eyJhbGciOiJub25lIn0.e30."));
      assertEquals(401, r.statusCode(), path + ": " + r.body());
      assertTrue(
          r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
          path + ": " + r.headers().map());
    }
  }

  private static HttpClient signedIn(String username, String password) throws Exception {
    return PageSession.signedIn(username, password).http;
  }

  private static HttpRequest.Builder get(String path) {
    return request(path).GET();
  }

  private static HttpRequest.Builder request(String path) {
    return PageSession.request(path);
  }

  private static HttpResponse<String> send(HttpClient client, HttpRequest.Builder request)
      throws Exception {
    return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
