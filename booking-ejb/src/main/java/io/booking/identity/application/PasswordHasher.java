package io.booking.identity.application;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;

/**
 * Jakarta Security's PBKDF2 hash with the work factor OWASP recommends for HMAC-SHA512. The stored
 * hash names its own algorithm and iterations, so raising them later keeps old hashes valid.
 */
@ApplicationScoped
public class PasswordHasher {

  // A valid hash of a random password, checked when the username is unknown so that a wrong
  // username takes as long as a wrong password.
  private String decoy;

  @Inject Pbkdf2PasswordHash hash;

  @PostConstruct
  void configure() {
    hash.initialize(
        Map.of(
            "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
            "Pbkdf2PasswordHash.Iterations", "210000",
            "Pbkdf2PasswordHash.SaltSizeBytes", "32",
            "Pbkdf2PasswordHash.KeySizeBytes", "32"));
    decoy = hash.generate(java.util.UUID.randomUUID().toString().toCharArray());
  }

  public String hash(String password) {
    return hash.generate(password.toCharArray());
  }

  public boolean matches(String password, String storedHash) {
    return hash.verify(password.toCharArray(), storedHash);
  }

  /** Spends the time of a real check and fails. */
  public boolean matchesNothing(String password) {
    hash.verify(password.toCharArray(), decoy);
    return false;
  }
}
