package io.booking.platform.security;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * When the platform's public URL ({@code BOOKING_PUBLIC_URL}) is https, the session cookie is
 * marked Secure, so a browser never sends it over plain http (where anyone on the path reads it).
 */
@WebListener
public class SecureCookies implements ServletContextListener {

  @Override
  public void contextInitialized(ServletContextEvent event) {
    boolean https;
    try {
      https =
          ConfigProvider.getConfig(SecureCookies.class.getClassLoader())
              .getOptionalValue("booking.public-url", String.class)
              .map(u -> u.startsWith("https://"))
              .orElse(false);
    } catch (RuntimeException noConfig) {
      https = false;
    }
    if (https) {
      event.getServletContext().getSessionCookieConfig().setSecure(true);
    }
  }
}
