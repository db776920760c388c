package io.booking.platform.infrastructure;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.Optional;

/**
 * Reads a named secret, creating a random one the first time. When two instances create it at once,
 * the primary key lets one win and the other reads the winner's.
 */
@Stateless
public class PlatformSecrets {

  private static final SecureRandom RANDOM = new SecureRandom();

  @PersistenceContext(unitName = "booking")
  private EntityManager em;

  @Resource private SessionContext context;

  @Inject Clock clock;

  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public byte[] getOrCreate(String name, int bytes) {
    PlatformSecrets self = context.getBusinessObject(PlatformSecrets.class);
    return self.find(name)
        .orElseGet(
            () -> {
              try {
                return self.create(name, bytes);
              } catch (EJBException lostTheRace) {
                return self.find(name).orElseThrow(() -> lostTheRace);
              }
            });
  }

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public Optional<byte[]> find(String name) {
    return Optional.ofNullable(em.find(PlatformSecret.class, name))
        .map(s -> Base64.getDecoder().decode(s.value()));
  }

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public byte[] create(String name, int bytes) {
    byte[] secret = new byte[bytes];
    RANDOM.nextBytes(secret);
    em.persist(
        new PlatformSecret(name, Base64.getEncoder().encodeToString(secret), clock.instant()));
    em.flush();
    return secret;
  }
}
