package io.booking.platform.idempotency;

import io.booking.platform.infrastructure.UniqueKeys;
import io.booking.shared.domain.BusinessConflictException;
import io.booking.shared.domain.InvalidInputException;
import jakarta.annotation.Resource;
import jakarta.ejb.ApplicationException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Optional;
import java.util.function.LongFunction;
import java.util.function.Supplier;

/**
 * The one way a state-changing request is made safe to repeat (bookings, walk-ins, cancellations,
 * no-shows; payments and orders next). The key is recorded in the same transaction as the work, so
 * both commit or neither does; a twin request with the same key waits on the key's row until the
 * first commits, then replays what it produced. The same key with another request is refused.
 */
@Stateless
public class Idempotency {

  public static final int MAX_KEY_LENGTH = 100;
  private static final int ATTEMPTS = 5;

  @PersistenceContext(unitName = "booking")
  EntityManager em;

  @Resource SessionContext context;

  @Inject Clock clock;

  /** What a request produced: the answer and the id a replay finds it again by. */
  public record Produced<T>(T value, long id) {}

  /** The answer and whether it was made by an earlier request with the same key. */
  public record Outcome<T>(T value, boolean replayed) {}

  /**
   * Runs {@code work} once per caller and key.
   *
   * @param operation what the request does and to what, e.g. {@code "cancel|42"}: a repeat must say
   *     the same
   * @param resultType what the produced id names, e.g. {@code "reservation"}
   * @param replay finds the answer again by the produced id (a business method of its own)
   * @param work does it, in the transaction that records the key (calls business methods that join)
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public <T> Outcome<T> once(
      long callerId,
      String key,
      String operation,
      String resultType,
      LongFunction<T> replay,
      Supplier<Produced<T>> work) {
    checkKey(key);
    String fingerprint = fingerprint(operation);
    Idempotency self = context.getBusinessObject(Idempotency.class);
    for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
      Optional<Long> earlier = self.producedUnder(callerId, key, fingerprint);
      if (earlier.isPresent()) {
        return new Outcome<>(replay.apply(earlier.get()), true);
      }
      try {
        return new Outcome<>(self.record(callerId, key, fingerprint, resultType, work), false);
      } catch (KeyTaken twinCommittedFirst) {
        pause(attempt);
      }
    }
    throw new BusinessConflictException(
        "idempotency-key-in-use", "A request with this Idempotency-Key is still being processed.");
  }

  /** What an earlier request under this key produced; refused when it was another request. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public Optional<Long> producedUnder(long callerId, String key, String fingerprint) {
    IdempotentRequest found =
        em.find(IdempotentRequest.class, new IdempotentRequest.Key(callerId, key));
    if (found == null) {
      return Optional.empty();
    }
    if (!found.isFor(fingerprint)) {
      throw new IdempotencyKeyReusedException();
    }
    return Optional.ofNullable(found.resultId());
  }

  /** Records the key and does the work in one new transaction. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public <T> T record(
      long callerId,
      String key,
      String fingerprint,
      String resultType,
      Supplier<Produced<T>> work) {
    IdempotentRequest request = new IdempotentRequest(callerId, key, fingerprint, clock.instant());
    em.persist(request);
    try {
      // Nothing else is pending in this new transaction: a refused row here is the key's.
      em.flush();
    } catch (PersistenceException e) {
      if (UniqueKeys.integrityViolation(e)) {
        throw new KeyTaken();
      }
      throw e;
    }
    Produced<T> produced = work.get();
    request.produced(resultType, produced.id());
    return produced.value();
  }

  static void checkKey(String key) {
    if (key == null || key.isBlank() || key.length() > MAX_KEY_LENGTH) {
      throw new InvalidInputException(
          "Idempotency-Key", "must be 1 to " + MAX_KEY_LENGTH + " characters");
    }
  }

  /** SHA-256 of the request's canonical form. */
  static String fingerprint(String canonical) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256")
                  .digest(canonical.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void pause(int attempt) {
    try {
      Thread.sleep(50L * attempt);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** A twin request committed the key first; rolls this attempt back so it can be replayed. */
  @ApplicationException(rollback = true)
  static class KeyTaken extends RuntimeException {
    KeyTaken() {
      super("idempotency key taken", null, false, false);
    }
  }
}
