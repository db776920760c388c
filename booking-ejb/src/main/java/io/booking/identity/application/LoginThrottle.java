package io.booking.identity.application;

import io.booking.identity.domain.TooManyAttemptsException;
import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Slows password guessing. Before a password is hashed, its attempt is reserved under two keys: the
 * client address (at most 20 in 15 minutes) and the account <em>from that address</em> (at most 5).
 * Keying the account on the address too means failures from elsewhere cannot lock an owner out of
 * their own account; the per-address limit still bounds how fast one source guesses. The counts
 * live in the database so every instance agrees, and a reservation is one upsert that locks the
 * row, so parallel guesses are counted one after another. A successful sign-in gives its attempt
 * back (see docs/decisions/0018-sign-in-throttle.md).
 */
@Stateless
public class LoginThrottle {

  static final Duration WINDOW = Duration.ofMinutes(15);
  static final int PER_ACCOUNT_AND_CLIENT = 5;
  static final int PER_CLIENT = 20;

  @PersistenceContext(unitName = "booking")
  EntityManager em;

  @Resource SessionContext context;

  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "booking.registrations-per-hour", defaultValue = "20")
  int registrationsPerHour;

  /**
   * Counts a registration from this address: at most {@code BOOKING_REGISTRATIONS_PER_HOUR} (20) an
   * hour, so a script cannot mint accounts to book everything out.
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void reserveRegistration(String clientAddress) {
    LoginThrottle self = context.getBusinessObject(LoginThrottle.class);
    self.take(
            "register:" + (clientAddress == null ? "unknown" : clientAddress),
            registrationsPerHour,
            Duration.ofHours(1),
            clock.instant())
        .ifPresent(
            wait -> {
              throw new TooManyAttemptsException("Too many new accounts from this address.", wait);
            });
  }

  /** Counts this attempt, or refuses it when either key has used its attempts in this window. */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void reserve(String username, String clientAddress) {
    LoginThrottle self = context.getBusinessObject(LoginThrottle.class);
    Instant now = clock.instant();
    Optional<Duration> wait =
        self.take(clientKey(clientAddress), PER_CLIENT, WINDOW, now)
            .or(
                () ->
                    self.take(
                        accountKey(username, clientAddress), PER_ACCOUNT_AND_CLIENT, WINDOW, now));
    wait.ifPresent(
        w -> {
          throw new TooManyAttemptsException(w);
        });
  }

  /** The owner signed in: their account's count from this address starts over. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void signedIn(String username, String clientAddress) {
    em.createNativeQuery(
            "UPDATE login_throttle SET attempts = attempts - 1"
                + " WHERE throttle_key = ? AND attempts > 0")
        .setParameter(1, clientKey(clientAddress))
        .executeUpdate();
    em.createNativeQuery("DELETE FROM login_throttle WHERE throttle_key = ?")
        .setParameter(1, accountKey(username, clientAddress))
        .executeUpdate();
  }

  /**
   * Takes one attempt under the key in a transaction of its own: a new window when the last one is
   * over, else one more in it. The row stays locked until this commits, so each caller reads the
   * count its own attempt made. Returns how long to wait when that count is over the limit.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public Optional<Duration> take(String key, int limit, Duration window, Instant now) {
    LocalDateTime at = LocalDateTime.ofInstant(now, ZoneOffset.UTC);
    LocalDateTime windowOver = LocalDateTime.ofInstant(now.minus(window), ZoneOffset.UTC);
    // attempts is assigned first and window_start second, each from the row's old window_start:
    // MySQL evaluates SET left to right, H2 all at once, and both agree on this order.
    em.createNativeQuery(
            "INSERT INTO login_throttle (throttle_key, window_start, attempts) VALUES (?, ?, 1)"
                + " ON DUPLICATE KEY UPDATE"
                + " attempts = CASE WHEN window_start <= ? THEN 1 ELSE attempts + 1 END,"
                + " window_start = CASE WHEN window_start <= ? THEN ? ELSE window_start END")
        .setParameter(1, key)
        .setParameter(2, at)
        .setParameter(3, windowOver)
        .setParameter(4, windowOver)
        .setParameter(5, at)
        .executeUpdate();
    Object[] row =
        (Object[])
            em.createNativeQuery(
                    "SELECT attempts, window_start FROM login_throttle WHERE throttle_key = ?")
                .setParameter(1, key)
                .getSingleResult();
    int attempts = ((Number) row[0]).intValue();
    if (attempts <= limit) {
      return Optional.empty();
    }
    Instant windowStart = toInstant(row[1]);
    return Optional.of(Duration.between(now, windowStart.plus(window)));
  }

  private static Instant toInstant(Object column) {
    if (column instanceof java.sql.Timestamp t) {
      return t.toLocalDateTime().toInstant(ZoneOffset.UTC);
    }
    if (column instanceof LocalDateTime t) {
      return t.toInstant(ZoneOffset.UTC);
    }
    throw new IllegalStateException("window_start read as " + column.getClass());
  }

  private static String clientKey(String clientAddress) {
    return "client:" + (clientAddress == null ? "unknown" : clientAddress);
  }

  private static String accountKey(String username, String clientAddress) {
    String key = "account:" + username + "@" + (clientAddress == null ? "unknown" : clientAddress);
    // A username is at most 64 characters and an address 45: the key fits the column.
    return key.length() > 190 ? key.substring(0, 190) : key;
  }
}
