package io.booking.e2e;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonStructure;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

/** A small HTTP client for the deployed EAR, speaking JSON. */
final class Api {

  static final String BASE = System.getProperty("booking.e2e.baseUrl", "http://127.0.0.1:18080");
  static final String DEMO_PASSWORD = "demo-2026";

  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  private Api() {}

  /** One answer: status, headers and the body as JSON (null when the body is not JSON). */
  record Answer(int status, HttpResponse<String> raw) {

    JsonObject json() {
      return (JsonObject) parse();
    }

    JsonArray array() {
      return (JsonArray) parse();
    }

    private JsonStructure parse() {
      try (JsonReader r = Json.createReader(new StringReader(raw.body()))) {
        return r.read();
      }
    }

    String header(String name) {
      return raw.headers().firstValue(name).orElse(null);
    }

    String contentType() {
      return header("Content-Type");
    }

    @Override
    public String toString() {
      return status + " " + raw.body();
    }
  }

  static Answer get(String path, String token) {
    return send(request(path, token).GET());
  }

  static Answer get(String path) {
    return get(path, null);
  }

  static Answer post(String path, String body, String token, Map<String, String> headers) {
    HttpRequest.Builder b =
        request(path, token)
            .header("Content-Type", "application/json")
            .POST(
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    headers.forEach(b::header);
    return send(b);
  }

  static Answer post(String path, String body, String token) {
    return post(path, body, token, Map.of());
  }

  static Answer post(String path, String body) {
    return post(path, body, null, Map.of());
  }

  static Answer send(HttpRequest.Builder request) {
    try {
      HttpResponse<String> r = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
      return new Answer(r.statusCode(), r);
    } catch (Exception e) {
      throw new IllegalStateException("request failed", e);
    }
  }

  static HttpRequest.Builder request(String path, String token) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(BASE + path))
            .timeout(Duration.ofSeconds(60))
            .header("Accept", "application/json");
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    return b;
  }

  static String token(String username, String password) {
    Answer a =
        post(
            "/api/v1/auth/token",
            Json.createObjectBuilder()
                .add("username", username)
                .add("password", password)
                .build()
                .toString());
    if (a.status() != 200) {
      throw new IllegalStateException("cannot sign in " + username + ": " + a);
    }
    return a.json().getString("token");
  }

  /** Registers a fresh customer and signs in; every test makes its own. */
  static String newCustomer() {
    String name = "e2e" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    register(name);
    return token(name, PASSWORD);
  }

  /** A fresh customer books the slot; the reservation's code. */
  static String bookForNewCustomer(long slotId, int partySize) {
    Answer booked =
        post(
            "/api/v1/reservations",
            "{\"slotId\":" + slotId + ",\"partySize\":" + partySize + "}",
            newCustomer());
    if (booked.status() != 201) {
      throw new IllegalStateException("cannot book slot " + slotId + ": " + booked);
    }
    return booked.json().getString("code");
  }

  /** The password of every account the tests register. */
  static final String PASSWORD = "e2e-pass-2026";

  /** Registers an account (a customer) with the tests' password. */
  static void register(String username) {
    Answer a =
        post(
            "/api/v1/accounts",
            Json.createObjectBuilder()
                .add("username", username)
                .add("email", username + "@example.com")
                .add("password", PASSWORD)
                .add("displayName", "E2E " + username)
                .build()
                .toString());
    if (a.status() != 201) {
      throw new IllegalStateException("cannot register " + username + ": " + a);
    }
  }
}
