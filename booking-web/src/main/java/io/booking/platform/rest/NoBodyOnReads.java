package io.booking.platform.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;
import java.util.Set;

/**
 * GET, HEAD, DELETE and OPTIONS take no body here: one is refused with a problem detail. HTTP gives
 * such a body no meaning, and a proxy in front may frame it differently than we do (request
 * smuggling). The HTTP listener refused them before, with an empty 400, before any of our code ran;
 * it now lets them through to this filter (allow-payload-for-undefined-http-methods in payara.sh)
 * so that the answer is a problem detail like every other answer of the API.
 */
@Provider
@PreMatching
public class NoBodyOnReads implements ContainerRequestFilter {

  private static final Set<String> WITHOUT_BODY = Set.of("GET", "HEAD", "DELETE", "OPTIONS");

  @Override
  public void filter(ContainerRequestContext request) {
    boolean hasBody =
        request.getLength() > 0 || request.getHeaderString("Transfer-Encoding") != null;
    if (hasBody && WITHOUT_BODY.contains(request.getMethod())) {
      request.abortWith(
          new Problem(
                  "/problems/unexpected-body",
                  "Bad Request",
                  400,
                  "A " + request.getMethod() + " request takes no body.",
                  null)
              .toResponse());
    }
  }
}
