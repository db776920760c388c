package io.booking.platform.security;

import io.booking.identity.application.Caller;
import io.booking.identity.application.TokenService;
import io.booking.identity.domain.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Authenticates API calls by their {@code Authorization: Bearer} token. A request without a token
 * goes on anonymously (public calls, and resources that need a caller answer 401 themselves); a
 * request with a bad token is refused at once with a problem detail.
 */
@ApplicationScoped
public class BearerTokenMechanism implements HttpAuthenticationMechanism {

  private static final String BEARER = "Bearer ";

  @Inject TokenService tokens;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    String header = request.getHeader("Authorization");
    if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
      return context.doNothing();
    }
    Optional<Caller> caller = tokens.verify(header.substring(BEARER.length()).trim());
    if (caller.isEmpty()) {
      return refuse(response);
    }
    Set<String> groups =
        caller.get().roles().stream().map(Role::name).collect(Collectors.toUnmodifiableSet());
    return context.notifyContainerAboutLogin(new AccountPrincipal(caller.get()), groups);
  }

  private static AuthenticationStatus refuse(HttpServletResponse response) {
    try {
      response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
      response.setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
      response.setContentType("application/problem+json");
      response.setCharacterEncoding(StandardCharsets.UTF_8.name());
      response
          .getWriter()
          .write(
              "{\"type\":\"/problems/invalid-token\",\"title\":\"Unauthorized\",\"status\":401,"
                  + "\"detail\":\"The access token is invalid or has expired; get a new one from"
                  + " POST /api/v1/auth/token.\"}");
    } catch (IOException e) {
      // The client went away; nothing more to tell it.
    }
    return AuthenticationStatus.SEND_FAILURE;
  }
}
