package io.booking.identity.web;

import io.booking.identity.application.AccountService;
import io.booking.identity.domain.EmailTakenException;
import io.booking.identity.domain.UsernameTakenException;
import io.booking.platform.web.Pages;
import io.booking.shared.domain.InvalidInputException;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

/** Registration; the new customer is signed in and sent back to what they were doing. */
@Named
@RequestScoped
public class Register {

  @EJB AccountService accounts;

  @jakarta.inject.Inject io.booking.platform.security.ClientAddress clients;

  private String username;
  private String email;
  private String displayName;
  private String password;
  private String next;

  public String register() {
    try {
      accounts.register(
          username,
          email,
          password,
          displayName,
          clients.of(
              (jakarta.servlet.http.HttpServletRequest)
                  FacesContext.getCurrentInstance().getExternalContext().getRequest()));
    } catch (InvalidInputException invalid) {
      Pages.fieldErrors("registerForm", invalid);
      return null;
    } catch (UsernameTakenException taken) {
      Pages.error("registerForm:username", "register.usernameTaken");
      return null;
    } catch (EmailTakenException taken) {
      Pages.error("registerForm:email", "register.emailTaken");
      return null;
    } catch (io.booking.identity.domain.TooManyAttemptsException tooMany) {
      Pages.error(null, "register.tooMany", Math.max(1, tooMany.retryAfter().toMinutes()));
      return null;
    }
    Login.signIn(FacesContext.getCurrentInstance(), username, password);
    return Login.redirectTo(next);
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getDisplayName() {
    return displayName;
  }

  public void setDisplayName(String displayName) {
    this.displayName = displayName;
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
