package io.booking.platform.security;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;

/**
 * When the platform's public URL ({@code BOOKING_PUBLIC_URL}) is https, the session cookie is
 * marked Secure, so a browser never sends it over plain http (where anyone on the path reads it).
 */
@WebListener
public class SecureCookies implements ServletContextListener {

  @Override
  public void contextInitialized(ServletContextEvent event) {
    if (SecurityHeaders.publicUrlIsHttps()) {
      event.getServletContext().getSessionCookieConfig().setSecure(true);
    }
  }
}
