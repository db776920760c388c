package io.booking.identity.web;

import io.booking.identity.domain.TooManyAttemptsException;
import io.booking.identity.security.BookingAuthenticationMechanism;
import io.booking.platform.web.Pages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** The login form. After signing in, the person goes back where they were (e.g. their booking). */
@Named
@RequestScoped
public class Login {

  private String username;
  private String password;
  private String next;

  public String signIn() {
    FacesContext faces = FacesContext.getCurrentInstance();
    if (signIn(faces, username, password)) {
      return redirectTo(next);
    }
    Object failure =
        ((HttpServletRequest) faces.getExternalContext().getRequest())
            .getAttribute(BookingAuthenticationMechanism.FAILURE);
    if (failure instanceof TooManyAttemptsException tooMany) {
      Pages.error(null, "login.tooMany", Math.max(1, tooMany.retryAfter().toMinutes()));
    } else {
      Pages.error(null, "login.failed");
    }
    password = null;
    return null;
  }

  /** Signs in through the authentication mechanism; used by registration too. */
  static boolean signIn(FacesContext faces, String username, String password) {
    ExternalContext ec = faces.getExternalContext();
    AuthenticationStatus status =
        CDIHolder.security()
            .authenticate(
                (HttpServletRequest) ec.getRequest(),
                (HttpServletResponse) ec.getResponse(),
                AuthenticationParameters.withParams()
                    .credential(
                        new UsernamePasswordCredential(
                            username == null ? "" : username,
                            new Password(password == null ? "" : password)))
                    .newAuthentication(true));
    return status == AuthenticationStatus.SUCCESS;
  }

  public String logout() throws ServletException {
    HttpServletRequest request =
        (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
    request.logout();
    BookingAuthenticationMechanism.signOut(request);
    return "/index?faces-redirect=true";
  }

  /** Only a path inside this site: never an absolute URL an attacker could slip in. */
  static String redirectTo(String next) {
    if (next != null && next.startsWith("/") && !next.startsWith("//") && !next.contains("\\")) {
      try {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext ec = faces.getExternalContext();
        ec.redirect(ec.getRequestContextPath() + next);
        faces.responseComplete();
        return null;
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
    return "/index?faces-redirect=true";
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public String getNext() {
    return next;
  }

  public void setNext(String next) {
    this.next = next;
  }
}
