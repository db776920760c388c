package io.booking.identity.application;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.booking.identity.domain.Account;
import io.booking.identity.domain.Role;
import io.booking.platform.infrastructure.PlatformSecrets;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Issues and checks the API's bearer tokens: JWTs signed with HMAC-SHA256 by Nimbus JOSE+JWT. The
 * key is {@code BOOKING_TOKEN_SECRET} (base64, at least 32 bytes) or, when unset, a random key the
 * platform keeps in its database so that every instance and every restart agree on it.
 */
@ApplicationScoped
public class TokenService {

  static final String ISSUER = "booking-platform";
  private static final String KEY_NAME = "token-signing-key";

  @Inject Clock clock;

  @Inject PlatformSecrets secrets;

  @Inject
  @ConfigProperty(name = "booking.token.secret")
  Optional<String> configuredSecret;

  @Inject
  @ConfigProperty(name = "booking.token.ttl-minutes", defaultValue = "60")
  long ttlMinutes;

  private volatile byte[] key;

  public IssuedToken issue(Account account) {
    Instant now = clock.instant();
    Duration ttl = Duration.ofMinutes(ttlMinutes);
    JWTClaimsSet claims =
        new JWTClaimsSet.Builder()
            .issuer(ISSUER)
            .subject(String.valueOf(account.id()))
            .claim("upn", account.username())
            .claim("groups", account.roles().stream().map(Role::name).sorted().toList())
            .issueTime(Date.from(now))
            .expirationTime(Date.from(now.plus(ttl)))
            .jwtID(UUID.randomUUID().toString())
            .build();
    try {
      SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
      jwt.sign(new MACSigner(key()));
      return new IssuedToken(jwt.serialize(), ttl.toSeconds());
    } catch (JOSEException e) {
      throw new IllegalStateException("Cannot sign a token", e);
    }
  }

  /** The caller a token proves, when it is well-formed, correctly signed and not expired. */
  public Optional<Caller> verify(String token) {
    try {
      SignedJWT jwt = SignedJWT.parse(token);
      if (!JWSAlgorithm.HS256.equals(jwt.getHeader().getAlgorithm())
          || !jwt.verify(new MACVerifier(key()))) {
        return Optional.empty();
      }
      JWTClaimsSet claims = jwt.getJWTClaimsSet();
      Date expires = claims.getExpirationTime();
      if (!ISSUER.equals(claims.getIssuer())
          || expires == null
          || !expires.toInstant().isAfter(clock.instant())) {
        return Optional.empty();
      }
      Set<Role> roles = EnumSet.noneOf(Role.class);
      List<String> groups = claims.getStringListClaim("groups");
      if (groups != null) {
        groups.forEach(g -> roles.add(Role.valueOf(g)));
      }
      return Optional.of(
          new Caller(Long.parseLong(claims.getSubject()), claims.getStringClaim("upn"), roles));
    } catch (ParseException | JOSEException | IllegalArgumentException malformed) {
      return Optional.empty();
    }
  }

  private byte[] key() {
    byte[] current = key;
    if (current == null) {
      current =
          configuredSecret
              .filter(s -> !s.isBlank())
              .map(s -> Base64.getDecoder().decode(s.trim()))
              .orElseGet(() -> secrets.getOrCreate(KEY_NAME, 32));
      if (current.length < 32) {
        throw new IllegalStateException("BOOKING_TOKEN_SECRET must decode to at least 32 bytes");
      }
      key = current;
    }
    return current;
  }
}
