package io.booking.payment.infrastructure.sandbox;

import io.booking.payment.infrastructure.sandbox.SandboxOutbox.Due;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * POSTs one notification: the JSON body, {@code Content-Type: application/json}, and a {@code
 * Sandbox-Signature} made at the moment of sending. It never follows a redirect, waits at most 5 s
 * to connect and 10 s for the answer, and runs on the container's managed executor.
 */
@ApplicationScoped
public class NotificationSender {

  static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
  static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(10);

  /** What one attempt got: the status, or why there was none. */
  public record Sent(Due notification, Integer status, String error) {
    public boolean delivered() {
      return status != null && status >= 200 && status < 300;
    }
  }

  @Resource ManagedExecutorService executor;

  @Inject SandboxSettings settings;

  @Inject Clock clock;

  private HttpClient http;

  @PostConstruct
  void open() {
    http =
        HttpClient.newBuilder()
            .connectTimeout(CONNECT_TIMEOUT)
            .followRedirects(HttpClient.Redirect.NEVER)
            .executor(executor)
            .build();
  }

  /** Sends; the future never fails, a failure is in the result. */
  public CompletableFuture<Sent> send(Due n) {
    HttpRequest request;
    try {
      request =
          HttpRequest.newBuilder(URI.create(n.targetUrl()))
              .timeout(ANSWER_TIMEOUT)
              .header("Content-Type", "application/json")
              .header("User-Agent", "booking-sandbox-notifications/1")
              .header(
                  NotificationSignature.HEADER,
                  NotificationSignature.header(settings.key(), clock.instant(), n.body()))
              .POST(HttpRequest.BodyPublishers.ofString(n.body(), StandardCharsets.UTF_8))
              .build();
    } catch (IllegalArgumentException badUrl) {
      return CompletableFuture.completedFuture(
          new Sent(n, null, "not a URL: " + badUrl.getMessage()));
    }
    return http.sendAsync(request, HttpResponse.BodyHandlers.discarding())
        .handle(
            (answer, failure) ->
                answer != null
                    ? new Sent(n, answer.statusCode(), null)
                    : new Sent(n, null, describe(failure)));
  }

  private static String describe(Throwable failure) {
    Throwable cause =
        failure instanceof CompletionException && failure.getCause() != null
            ? failure.getCause()
            : failure;
    return cause.getClass().getSimpleName()
        + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
  }
}
