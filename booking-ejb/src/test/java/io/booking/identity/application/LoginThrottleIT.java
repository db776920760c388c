package io.booking.identity.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.booking.identity.domain.AuthenticationFailedException;
import io.booking.identity.domain.TooManyAttemptsException;
import io.booking.shared.domain.DomainException;
import io.booking.testing.AtOnce;
import io.booking.testing.Deployments;
import io.booking.testing.TestWorld;
import jakarta.ejb.EJB;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Password guessing is slowed by attempts counted in the database, reserved before the password is
 * hashed: parallel guesses cannot all pass the check, several instances share one count, and nobody
 * can lock an account out for its owner by failing on purpose from elsewhere.
 */
@ExtendWith(ArquillianExtension.class)
class LoginThrottleIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.bookingCore("login-throttle-it");
  }

  @EJB AccountService accounts;

  @EJB TestWorld world;

  @Test
  void parallelGuessesGetNoMoreTriesThanSequentialOnes() throws Exception {
    String name = registered();
    String client = "10.20.0.1";

    List<String> outcomes =
        AtOnce.run(
                12,
                12,
                Duration.ofSeconds(60),
                i ->
                    () -> {
                      try {
                        accounts.signIn(name, "wrong-guess-" + i, client);
                        return "signed-in";
                      } catch (DomainException refused) {
                        return refused.reason();
                      }
                    })
            .results();

    Map<String, Integer> counts = new TreeMap<>();
    outcomes.forEach(o -> counts.merge(o, 1, Integer::sum));
    assertEquals(Map.of("authentication-failed", 5, "too-many-attempts", 7), counts);
  }

  @Test
  void failuresFromElsewhereNeverLockTheOwnerOut() {
    String name = registered();
    for (int i = 0; i < 8; i++) {
      assertThrowsEither(() -> accounts.signIn(name, "attacker-guess", "203.0.113.66"));
    }
    assertThrows(
        TooManyAttemptsException.class,
        () -> accounts.signIn(name, "attacker-guess", "203.0.113.66"),
        "the attacker's address is stopped");

    accounts.signIn(name, "dumplings-42", "198.51.100.7");
  }

  @Test
  void aSuccessfulSignInGivesTheAttemptBack() {
    String name = registered();
    String client = "10.20.0.2";
    for (int round = 0; round < 3; round++) {
      for (int i = 0; i < 4; i++) {
        assertThrows(
            AuthenticationFailedException.class, () -> accounts.signIn(name, "typo", client));
      }
      accounts.signIn(name, "dumplings-42", client);
    }
  }

  @Test
  void oneAddressOpensAtMostTwentyAccountsAnHour() {
    String address = "192.0.2." + (int) (Math.random() * 250);
    for (int i = 0; i < 20; i++) {
      String name = TestWorld.unique("r");
      accounts.register(name, name + "@example.com", "dumplings-42", "R", address);
    }
    String one = TestWorld.unique("r");
    TooManyAttemptsException refused =
        assertThrows(
            TooManyAttemptsException.class,
            () -> accounts.register(one, one + "@example.com", "dumplings-42", "R", address));
    assertEquals("too-many-attempts", refused.reason());
    String elsewhere = TestWorld.unique("r");
    accounts.register(elsewhere, elsewhere + "@example.com", "dumplings-42", "R", "192.0.2.251");
  }

  private String registered() {
    String name = TestWorld.unique("t");
    accounts.register(name, name + "@example.com", "dumplings-42", "T");
    return name;
  }

  private static void assertThrowsEither(Runnable signIn) {
    assertThrows(DomainException.class, signIn::run);
  }
}
