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
import io.booking.platform.infrastructure.RequiredSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
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
 * key is {@code BOOKING_TOKEN_SECRET} (base64, at least 32 bytes; required outside demo mode) or,
 * in demo mode, a random key the platform keeps in its database so that every instance and every
 * restart agree on it. Each token names its key ({@code kid}, a digest of the key, never the key):
 * to rotate, move the old secret to {@code BOOKING_TOKEN_PREVIOUS_SECRET} and set a new one; tokens
 * of both verify until the old ones have expired, then the previous secret goes.
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
  @ConfigProperty(name = "booking.token.previous-secret")
  Optional<String> previousSecret;

  @Inject
  @ConfigProperty(name = "booking.token.ttl-minutes", defaultValue = "60")
  long ttlMinutes;

  /** The signing key first, then the previous one when rotating. */
  private volatile List<SigningKey> keys;

  record SigningKey(String id, byte[] secret) {
    static SigningKey of(byte[] secret) {
      try {
        byte[] digest = java.security.MessageDigest.getInstance("SHA-256").digest(secret);
        return new SigningKey(
            Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(digest, 9)),
            secret);
      } catch (java.security.NoSuchAlgorithmException e) {
        throw new IllegalStateException(e);
      }
    }
  }

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
      SigningKey key = keys().get(0);
      SignedJWT jwt =
          new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).keyID(key.id()).build(), claims);
      jwt.sign(new MACSigner(key.secret()));
      return new IssuedToken(jwt.serialize(), ttl.toSeconds());
    } catch (JOSEException e) {
      throw new IllegalStateException("Cannot sign a token", e);
    }
  }

  /** The caller a token proves, when it is well-formed, correctly signed and not expired. */
  public Optional<Caller> verify(String token) {
    try {
      SignedJWT jwt = SignedJWT.parse(token);
      Optional<SigningKey> key = keyNamed(jwt.getHeader().getKeyID());
      if (key.isEmpty()
          || !JWSAlgorithm.HS256.equals(jwt.getHeader().getAlgorithm())
          || !jwt.verify(new MACVerifier(key.get().secret()))) {
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

  /** The key a token names; a token without a name is from before names, signed with the key. */
  private Optional<SigningKey> keyNamed(String id) {
    List<SigningKey> all = keys();
    if (id == null) {
      return Optional.of(all.get(0));
    }
    return all.stream().filter(k -> k.id().equals(id)).findFirst();
  }

  private List<SigningKey> keys() {
    List<SigningKey> current = keys;
    if (current == null) {
      byte[] signing =
          configuredSecret
              .filter(s -> !s.isBlank())
              .map(TokenService::decoded)
              .orElseGet(() -> secrets.getOrCreate(KEY_NAME, 32));
      List<SigningKey> all = new java.util.ArrayList<>();
      all.add(SigningKey.of(signing));
      previousSecret
          .filter(s -> !s.isBlank())
          .map(TokenService::decoded)
          .ifPresent(p -> all.add(SigningKey.of(p)));
      current = List.copyOf(all);
      keys = current;
    }
    return current;
  }

  private static byte[] decoded(String base64) {
    return RequiredSettings.key(base64)
        .orElseThrow(
            () -> new IllegalStateException("a token secret must be base64 of at least 32 bytes"));
  }
}
