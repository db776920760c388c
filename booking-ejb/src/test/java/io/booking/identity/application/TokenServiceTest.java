package io.booking.identity.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.booking.identity.domain.Account;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The token edges: expiry, algorithm, issuer, tampering and key rotation. */
class TokenServiceTest {

  private static final Instant NOW = Instant.parse("2026-12-02T08:00:00Z");
  private static final byte[] KEY = key(1);
  private static final byte[] OLD_KEY = key(2);

  @Test
  void aTokenItIssuedProvesItsCallerUntilItExpires() {
    TokenService tokens = service(KEY, null, NOW);
    String token = tokens.issue(account()).token();

    assertEquals(Optional.of("ana"), tokens.verify(token).map(Caller::username));
    assertTrue(service(KEY, null, NOW.plus(Duration.ofMinutes(61))).verify(token).isEmpty());
  }

  @Test
  void aTokenNotSignedHs256WithTheKeyIsRefused() throws Exception {
    TokenService tokens = service(KEY, null, NOW);
    String kid = SignedJWT.parse(tokens.issue(account()).token()).getHeader().getKeyID();

    assertTrue(
        tokens
            .verify(signed(JWSAlgorithm.HS512, key(64), kid, claims("booking-platform")))
            .isEmpty(),
        "HS512");
    assertTrue(
        tokens
            .verify(signed(JWSAlgorithm.HS256, key(3), kid, claims("booking-platform")))
            .isEmpty(),
        "another key");
    String none =
        "eyJhbGciOiJub25lIn0."
            + Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(claims("booking-platform").toString().getBytes())
            + ".";
    assertTrue(tokens.verify(none).isEmpty(), "alg none");
  }

  @Test
  void aTokenFromAnotherIssuerOrWithoutExpiryIsRefused() throws Exception {
    TokenService tokens = service(KEY, null, NOW);
    String kid = SignedJWT.parse(tokens.issue(account()).token()).getHeader().getKeyID();

    assertTrue(
        tokens.verify(signed(JWSAlgorithm.HS256, KEY, kid, claims("someone-else"))).isEmpty());
    JWTClaimsSet noExpiry =
        new JWTClaimsSet.Builder(claims("booking-platform")).expirationTime(null).build();
    assertTrue(tokens.verify(signed(JWSAlgorithm.HS256, KEY, kid, noExpiry)).isEmpty());
    assertTrue(
        tokens.verify(signed(JWSAlgorithm.HS256, KEY, kid, claims("booking-platform"))).isPresent(),
        "the control: a well-made token passes");
  }

  @Test
  void aTamperedTokenIsRefused() {
    TokenService tokens = service(KEY, null, NOW);
    String[] parts = tokens.issue(account()).token().split("\\.");
    String payload =
        new String(Base64.getUrlDecoder().decode(parts[1])).replace("CUSTOMER", "ADMIN");
    String forged =
        parts[0]
            + "."
            + Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes())
            + "."
            + parts[2];

    assertTrue(tokens.verify(forged).isEmpty());
  }

  @Test
  void duringARotationTokensOfBothKeysVerifyAndNewOnesUseTheNewKey() throws Exception {
    String oldToken = service(OLD_KEY, null, NOW).issue(account()).token();
    TokenService rotating = service(KEY, OLD_KEY, NOW);
    String newToken = rotating.issue(account()).token();

    assertTrue(rotating.verify(oldToken).isPresent(), "an old token still works");
    assertTrue(rotating.verify(newToken).isPresent());
    assertNotEquals(
        SignedJWT.parse(oldToken).getHeader().getKeyID(),
        SignedJWT.parse(newToken).getHeader().getKeyID());
    assertTrue(
        service(KEY, null, NOW).verify(oldToken).isEmpty(), "after the rotation it does not");
  }

  private static TokenService service(byte[] key, byte[] previous, Instant now) {
    TokenService t = new TokenService();
    t.clock = Clock.fixed(now, ZoneOffset.UTC);
    t.configuredSecret = Optional.of(Base64.getEncoder().encodeToString(key));
    t.previousSecret =
        Optional.ofNullable(previous).map(p -> Base64.getEncoder().encodeToString(p));
    t.ttlMinutes = 60;
    return t;
  }

  private static Account account() {
    Account a = new Account("ana", "ana@example.com", "Ana", "hash", NOW);
    try {
      var id = Account.class.getDeclaredField("id");
      id.setAccessible(true);
      id.set(a, 7L);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
    return a;
  }

  private static JWTClaimsSet claims(String issuer) {
    return new JWTClaimsSet.Builder()
        .issuer(issuer)
        .subject("7")
        .claim("upn", "ana")
        .claim("groups", List.of("CUSTOMER", "ADMIN"))
        .issueTime(Date.from(NOW))
        .expirationTime(Date.from(NOW.plusSeconds(600)))
        .build();
  }

  private static String signed(JWSAlgorithm alg, byte[] key, String kid, JWTClaimsSet claims)
      throws Exception {
    SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(alg).keyID(kid).build(), claims);
    jwt.sign(new MACSigner(key));
    return jwt.serialize();
  }

  private static byte[] key(int seed) {
    byte[] k = new byte[seed == 64 ? 64 : 32];
    java.util.Arrays.fill(k, (byte) seed);
    return k;
  }
}
