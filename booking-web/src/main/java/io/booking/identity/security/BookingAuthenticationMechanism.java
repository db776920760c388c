package io.booking.identity.security;

import io.booking.identity.application.AccountService;
import io.booking.identity.application.Caller;
import io.booking.identity.application.TokenService;
import io.booking.identity.domain.Role;
import io.booking.platform.security.ClientAddress;
import io.booking.shared.domain.DomainException;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How a caller proves who they are. API clients send {@code Authorization: Bearer <token>}; a bad
 * token is refused at once with a problem detail. People sign in on the login page, which hands
 * their password here through {@code SecurityContext.authenticate}; the session then carries the
 * account, under a new session id, and its roles are read afresh on every request. A protected page
 * without a signed-in account redirects to the login page and back. Sessions authenticate API reads
 * only (GET), so a cross-site POST can never ride on the session cookie.
 */
@ApplicationScoped
public class BookingAuthenticationMechanism implements HttpAuthenticationMechanism {

  /** The request attribute holding the reason a sign-in from the login page failed. */
  public static final String FAILURE = BookingAuthenticationMechanism.class.getName() + ".failure";

  private static final String SESSION_KEY = AccountPrincipal.class.getName();
  private static final String BEARER = "Bearer ";

  /** Where the JAX-RS application is mapped ({@code @ApplicationPath("api")}). */
  private static final String API_SERVLET_PATH = "/api";

  @Inject TokenService tokens;

  @EJB AccountService accounts;

  @Inject ClientAddress clients;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    String header = request.getHeader("Authorization");
    if (header != null && header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
      Optional<Caller> caller = tokens.verify(header.substring(BEARER.length()).trim());
      return caller.isPresent()
          ? signIn(context, new AccountPrincipal(caller.get()))
          : refuse(response);
    }
    Credential credential = context.getAuthParameters().getCredential();
    if (credential instanceof UsernamePasswordCredential password) {
      return passwordSignIn(request, context, password);
    }
    HttpSession session = request.getSession(false);
    if (session != null
        && session.getAttribute(SESSION_KEY) instanceof AccountPrincipal signedIn
        && (!isApi(request) || isSafe(request))) {
      Optional<AccountPrincipal> current =
          isStaticResource(request) ? Optional.of(signedIn) : refreshed(session, signedIn);
      if (current.isPresent()) {
        return signIn(context, current.get());
      }
    }
    if (context.isProtected() && !isApi(request)) {
      return context.redirect(
          request.getContextPath() + "/login.xhtml?next=" + returnPath(request));
    }
    return context.doNothing();
  }

  private AuthenticationStatus passwordSignIn(
      HttpServletRequest request, HttpMessageContext context, UsernamePasswordCredential password) {
    Caller caller;
    try {
      caller =
          accounts.verifyPassword(
              password.getCaller(), password.getPasswordAsString(), clients.of(request));
    } catch (DomainException refused) {
      request.setAttribute(FAILURE, refused);
      return AuthenticationStatus.SEND_FAILURE;
    }
    // A new session id at sign-in: a session id planted before cannot be used after it.
    if (request.getSession(false) != null) {
      request.changeSessionId();
    }
    AccountPrincipal principal = new AccountPrincipal(caller);
    request.getSession(true).setAttribute(SESSION_KEY, principal);
    return signIn(context, principal);
  }

  /**
   * The session's account with its roles as they are now, so that a role granted or taken away
   * while someone is signed in counts at once. An account that is gone ends the session.
   */
  private Optional<AccountPrincipal> refreshed(HttpSession session, AccountPrincipal signedIn) {
    Optional<Caller> now = accounts.currentCaller(signedIn.caller().accountId());
    if (now.isEmpty()) {
      session.invalidate();
      return Optional.empty();
    }
    if (now.get().equals(signedIn.caller())) {
      return Optional.of(signedIn);
    }
    AccountPrincipal principal = new AccountPrincipal(now.get());
    session.setAttribute(SESSION_KEY, principal);
    return Optional.of(principal);
  }

  /**
   * The account this request's session signed in, as the session holds it; only for showing who is
   * signed in where the container no longer says (an error page), never for deciding access.
   */
  public static Optional<Caller> sessionCaller(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    return session != null && session.getAttribute(SESSION_KEY) instanceof AccountPrincipal p
        ? Optional.of(p.caller())
        : Optional.empty();
  }

  /** Forgets the signed-in account of this session. */
  public static void signOut(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.invalidate();
    }
  }

  private static AuthenticationStatus signIn(HttpMessageContext context, AccountPrincipal p) {
    Set<String> groups =
        p.caller().roles().stream().map(Role::name).collect(Collectors.toUnmodifiableSet());
    return context.notifyContainerAboutLogin(p, groups);
  }

  /** Scripts, styles and images: public, many per page, so not worth a fresh look at the roles. */
  private static boolean isStaticResource(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return path.startsWith("/jakarta.faces.resource/") || path.startsWith("/resources/");
  }

  /**
   * Whether the request goes to the API, decided on the servlet the container mapped it to, not on
   * the raw URI: {@code /api;x/...}, {@code //api/...} and {@code /api/./...} all reach the API
   * servlet and so are all API requests.
   */
  private static boolean isApi(HttpServletRequest request) {
    return API_SERVLET_PATH.equals(request.getServletPath());
  }

  /** Reads only: the session cookie may carry these, never a change (no cross-site forgery). */
  private static boolean isSafe(HttpServletRequest request) {
    return "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
  }

  private static String returnPath(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (request.getQueryString() != null) {
      path += "?" + request.getQueryString();
    }
    return URLEncoder.encode(path, StandardCharsets.UTF_8);
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
