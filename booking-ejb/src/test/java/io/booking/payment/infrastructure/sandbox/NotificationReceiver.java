package io.booking.payment.infrastructure.sandbox;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.IntUnaryOperator;

/**
 * The platform's side of the sandbox's notifications in a test: a JDK HTTP server on a free
 * loopback port that keeps every request (body, headers in lower case, arrival) and answers with
 * the status a test chooses by the request's number (0 for the first).
 */
final class NotificationReceiver implements AutoCloseable {

  record Request(String body, Map<String, String> headers, Instant arrived) {}

  private final HttpServer server;
  private final ExecutorService threads = Executors.newCachedThreadPool();
  private final List<Request> requests = new ArrayList<>();

  /**
   * @param status the answer to the n-th request
   * @param delay how long each answer takes
   */
  NotificationReceiver(IntUnaryOperator status, Duration delay) throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/",
        exchange -> {
          String body;
          try (InputStream in = exchange.getRequestBody()) {
            body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
          }
          Map<String, String> headers = new HashMap<>();
          exchange
              .getRequestHeaders()
              .forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), values.get(0)));
          int n;
          synchronized (requests) {
            n = requests.size();
            requests.add(new Request(body, headers, Instant.now()));
            requests.notifyAll();
          }
          try {
            Thread.sleep(delay.toMillis());
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          exchange.sendResponseHeaders(status.applyAsInt(n), -1);
          exchange.close();
        });
    server.setExecutor(threads);
    server.start();
  }

  static NotificationReceiver answering(int status) throws IOException {
    return new NotificationReceiver(n -> status, Duration.ZERO);
  }

  URI url() {
    return URI.create(
        "http://127.0.0.1:"
            + server.getAddress().getPort()
            + "/api/v1/payment-notifications/sandbox");
  }

  /** Waits until {@code count} requests arrived (or the time is up) and returns all so far. */
  List<Request> await(int count, Duration timeout) throws InterruptedException {
    long end = System.nanoTime() + timeout.toNanos();
    synchronized (requests) {
      while (requests.size() < count && System.nanoTime() < end) {
        requests.wait(Math.max(1, (end - System.nanoTime()) / 1_000_000));
      }
      return List.copyOf(requests);
    }
  }

  List<Request> requests() {
    synchronized (requests) {
      return List.copyOf(requests);
    }
  }

  @Override
  public void close() {
    server.stop(0);
    threads.shutdownNow();
  }
}
