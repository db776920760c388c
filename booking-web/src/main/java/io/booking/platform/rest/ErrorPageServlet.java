package io.booking.platform.rest;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The web container's error page (web.xml), for errors that never reach an exception mapper: what
 * JAX-RS refuses before a resource runs with {@code sendError} (an {@code Accept} or {@code
 * Content-Type} it cannot parse), and what fails outside JAX-RS. Under /api it answers with a
 * problem detail; elsewhere it shows the site's page (403, 404, or the general error page), never
 * the server's own page, which names Payara and its version.
 */
public class ErrorPageServlet extends HttpServlet {

  private static final Logger LOG = Logger.getLogger(ErrorPageServlet.class.getName());

  /** Made on first use, not when the class loads. */
  private static final class Json {
    static final Jsonb JSONB = JsonbBuilder.create();
  }

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response)
      throws ServletException, IOException {
    Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
    Throwable error = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
    if (!(code instanceof Integer) || !(uri instanceof String)) {
      // Asked for directly: there is nothing here.
      response.setStatus(HttpServletResponse.SC_NOT_FOUND);
      request.getRequestDispatcher("/404.xhtml").forward(request, response);
      return;
    }
    int status = (Integer) code;
    if (!isApi(request.getContextPath(), (String) uri)) {
      request.getRequestDispatcher(page(status)).forward(request, response);
      return;
    }
    String incident = null;
    if (error != null || status >= 500) {
      incident = UUID.randomUUID().toString();
      LOG.log(Level.SEVERE, "Incident " + incident + " at " + uri, error);
    }
    answerWithProblem(request, response, status, incident);
  }

  /** /api and below, however the path is dressed up ({@code /api;x/...}, {@code //api/...}). */
  static boolean isApi(String contextPath, String requestUri) {
    String path = requestUri.substring(Math.min(contextPath.length(), requestUri.length()));
    path = path.replaceAll(";[^/]*", "").replaceAll("/{2,}", "/");
    return path.equals("/api") || path.startsWith("/api/");
  }

  private static String page(int status) {
    return switch (status) {
      case 403 -> "/403.xhtml";
      case 404 -> "/404.xhtml";
      default -> "/error.xhtml";
    };
  }

  private static void answerWithProblem(
      HttpServletRequest request, HttpServletResponse response, int status, String incident)
      throws IOException {
    if (response.isCommitted()) {
      return; // part of the answer has gone out already; it cannot be replaced
    }
    Problem problem = problem(request, status, incident);
    response.resetBuffer();
    response.setStatus(status);
    response.setContentType(Problem.MEDIA_TYPE);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    if (status == 401) {
      response.setHeader("WWW-Authenticate", "Bearer");
    }
    response.getWriter().write(Json.JSONB.toJson(problem));
  }

  static Problem problem(HttpServletRequest request, int status, String incident) {
    if (status >= 500) {
      return new Problem(
          "/problems/internal-error",
          "Internal Server Error",
          500,
          "Something went wrong on our side; nothing was changed. Please try again. Incident "
              + incident
              + ".",
          null);
    }
    if (status == 400) {
      Optional<Problem.Field> header = unreadableHeader(request);
      return header
          .map(
              h ->
                  Problem.invalid(
                      400, "The " + h.field() + " header " + h.reason() + ".", List.of(h)))
          .orElseGet(
              () ->
                  new Problem(
                      "/problems/malformed-request",
                      "Bad Request",
                      400,
                      "The request cannot be read: check its path, its headers and its body.",
                      null));
    }
    Response.Status known = Response.Status.fromStatusCode(status);
    String title = known != null ? known.getReasonPhrase() : "Error";
    return switch (status) {
      case 401 ->
          new Problem(
              "/problems/unauthenticated",
              title,
              status,
              "This call needs a bearer token: POST /api/v1/auth/token.",
              null);
      case 403 ->
          new Problem("/problems/forbidden", title, status, "The caller may not do this.", null);
      case 404 ->
          new Problem(
              "/problems/not-found", title, status, "There is nothing at this address.", null);
      case 405 ->
          new Problem(
              "/problems/method-not-allowed",
              title,
              status,
              "This address does not accept that method.",
              null);
      default -> new Problem("/problems/http-" + status, title, status, title, null);
    };
  }

  /** The Accept or Content-Type header JAX-RS could not parse, if one is to blame. */
  static Optional<Problem.Field> unreadableHeader(HttpServletRequest request) {
    String contentType = request.getHeader("Content-Type");
    if (contentType != null && !isMediaType(contentType)) {
      return Optional.of(
          new Problem.Field("Content-Type", "is not a media type such as application/json"));
    }
    for (String accept : Collections.list(request.getHeaders("Accept"))) {
      for (String range : accept.split(",")) {
        if (!range.isBlank() && !isMediaRange(range)) {
          return Optional.of(
              new Problem.Field("Accept", "is not a list of media types such as application/json"));
        }
      }
    }
    return Optional.empty();
  }

  private static boolean isMediaType(String value) {
    if (value.isBlank()) {
      return false;
    }
    try {
      MediaType.valueOf(value.trim());
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private static boolean isMediaRange(String value) {
    if (!isMediaType(value)) {
      return false;
    }
    String q = MediaType.valueOf(value.trim()).getParameters().get("q");
    if (q == null) {
      return true;
    }
    try {
      double weight = Double.parseDouble(q);
      return weight >= 0 && weight <= 1;
    } catch (NumberFormatException e) {
      return false;
    }
  }
}
