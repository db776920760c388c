package io.booking.platform.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Optional;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Headers every answer carries, pages and API alike: browsers must not guess content types, no
 * other site may frame our pages (clickjacking), links to other sites send only our origin, and a
 * Content-Security-Policy lets the pages load only what they use: scripts, styles, fonts and images
 * from this origin, the map's tiles from their host, QR images as data: URIs, and nothing may be
 * embedded, posted elsewhere or re-based. Inline scripts stay allowed because PrimeFaces writes its
 * widgets' start-up as inline scripts; PrimeFaces' nonce mode is the next step (decision 0019).
 * When the public URL is https, browsers are also told to use nothing else (HSTS).
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class SecurityHeaders extends HttpFilter {

  private String policy;
  private boolean https;

  @Override
  public void init() {
    Optional<String> tiles = setting("booking.map.tiles");
    policy = policy(tiles.orElse("https://tile.openstreetmap.org/{z}/{x}/{y}.png"));
    https = publicUrlIsHttps();
  }

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
    response.setHeader("Content-Security-Policy", policy);
    response.setHeader("X-Frame-Options", "SAMEORIGIN");
    if (https) {
      response.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
    }
    chain.doFilter(request, response);
  }

  /** The policy, with the tile server's origin ({s} subdomains as a wildcard) among the images. */
  static String policy(String tileTemplate) {
    String tiles = tileOrigin(tileTemplate).map(o -> " " + o).orElse("");
    return "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline';"
        + " img-src 'self' data: blob:"
        + tiles
        + "; font-src 'self' data:; connect-src 'self'; media-src 'self' blob:;"
        + " object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'";
  }

  static Optional<String> tileOrigin(String template) {
    if (template == null || !template.startsWith("http")) {
      return Optional.empty();
    }
    try {
      URI uri = URI.create(template.replace("{s}", "sub").replaceAll("\\{[a-z]+}", "0"));
      String host = template.contains("{s}.") ? "*." + uri.getHost().substring(4) : uri.getHost();
      return Optional.of(
          uri.getScheme() + "://" + host + (uri.getPort() > 0 ? ":" + uri.getPort() : ""));
    } catch (IllegalArgumentException | NullPointerException notAUrl) {
      return Optional.empty();
    }
  }

  /** Whether people reach the platform over https ({@code BOOKING_PUBLIC_URL}). */
  static boolean publicUrlIsHttps() {
    return setting("booking.public-url").map(u -> u.startsWith("https://")).orElse(false);
  }

  private static Optional<String> setting(String key) {
    try {
      return ConfigProvider.getConfig(SecurityHeaders.class.getClassLoader())
          .getOptionalValue(key, String.class)
          .filter(v -> !v.isBlank());
    } catch (RuntimeException noConfig) {
      return Optional.empty();
    }
  }
}
