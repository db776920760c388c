package io.booking.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The address of the client behind a request, for limits keyed on it (sign-in attempts). Behind a
 * load balancer every request comes from the balancer, so its {@code X-Forwarded-For} is read, but
 * only when the request really comes from one of the configured proxies ({@code
 * BOOKING_TRUSTED_PROXIES}, comma-separated addresses): anyone else could write the header. The
 * client is the rightmost address in the header that is not itself a trusted proxy; addresses left
 * of it were written by the client and prove nothing.
 */
@ApplicationScoped
public class ClientAddress {

  @Inject
  @ConfigProperty(name = "booking.trusted-proxies")
  Optional<String> trustedProxies;

  private volatile Set<String> trusted;

  public String of(HttpServletRequest request) {
    return resolve(request.getRemoteAddr(), request.getHeader("X-Forwarded-For"), trusted());
  }

  static String resolve(String remoteAddress, String forwardedFor, Set<String> trusted) {
    if (!trusted.contains(remoteAddress) || forwardedFor == null || forwardedFor.isBlank()) {
      return remoteAddress;
    }
    List<String> hops = Arrays.stream(forwardedFor.split(",")).map(String::strip).toList();
    for (int i = hops.size() - 1; i >= 0; i--) {
      String hop = hops.get(i);
      if (!trusted.contains(hop)) {
        return hop.isEmpty() || hop.length() > 45 ? remoteAddress : hop;
      }
    }
    return remoteAddress;
  }

  private Set<String> trusted() {
    Set<String> t = trusted;
    if (t == null) {
      t =
          trustedProxies
              .map(s -> Arrays.stream(s.split(",")).map(String::strip).filter(x -> !x.isEmpty()))
              .map(s -> s.collect(Collectors.toUnmodifiableSet()))
              .orElse(Set.of());
      trusted = t;
    }
    return t;
  }
}
