package io.booking.identity.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.booking.identity.domain.AuthenticationFailedException;
import io.booking.identity.domain.EmailTakenException;
import io.booking.identity.domain.Role;
import io.booking.identity.domain.TooManyAttemptsException;
import io.booking.identity.domain.UsernameTakenException;
import io.booking.shared.domain.InvalidInputException;
import io.booking.testing.Deployments;
import io.booking.testing.TestWorld;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(ArquillianExtension.class)
class AccountServiceIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.bookingCore("account-service-it");
  }

  @EJB AccountService accounts;

  @Inject TokenService tokens;

  @Test
  void registrationStoresAHashedPasswordAndMakesACustomer() {
    String name = TestWorld.unique("Mei.");
    AccountView account =
        accounts.register(name, name + "@Example.com", "dumplings-42", "  Mei Chen ");

    assertEquals(name.toLowerCase(), account.username());
    assertEquals((name + "@example.com").toLowerCase(), account.email());
    assertEquals("Mei Chen", account.displayName());
    assertEquals(Set.of(Role.CUSTOMER), account.roles());
    Caller caller = accounts.verifyPassword(name, "dumplings-42", "127.0.0.1");
    assertEquals(account.id(), caller.accountId());
  }

  @Test
  void takenUsernamesAndEmailsAreConflicts() {
    String name = TestWorld.unique("u");
    accounts.register(name, name + "@example.com", "dumplings-42", "U");

    assertThrows(
        UsernameTakenException.class,
        () ->
            accounts.register(
                name.toUpperCase(), "other-" + name + "@example.com", "dumplings-42", "U"));
    assertThrows(
        EmailTakenException.class,
        () -> accounts.register(TestWorld.unique("v"), name + "@example.com", "dumplings-42", "V"));
  }

  @Test
  void invalidRegistrationsNameEveryField() {
    InvalidInputException e =
        assertThrows(InvalidInputException.class, () -> accounts.register("", "x", "123", ""));
    assertEquals(4, e.errors().size());
  }

  @Test
  void aSignedInCustomerGetsATokenThatProvesWhoTheyAre() {
    String name = TestWorld.unique("t");
    AccountView account = accounts.register(name, name + "@example.com", "dumplings-42", "T");

    IssuedToken token = accounts.signIn(name, "dumplings-42", "10.0.0.1");

    Caller caller = tokens.verify(token.token()).orElseThrow();
    assertEquals(account.id(), caller.accountId());
    assertEquals(name, caller.username());
    assertTrue(caller.hasRole(Role.CUSTOMER));
    assertEquals(3600, token.expiresInSeconds());
    String tampered = token.token().substring(0, token.token().length() - 2) + "xx";
    assertTrue(tokens.verify(tampered).isEmpty());
    assertTrue(tokens.verify("not-a-token").isEmpty());
  }

  @Test
  void wrongPasswordsAreRefusedAndRepeatedGuessingIsStopped() {
    String name = TestWorld.unique("g");
    accounts.register(name, name + "@example.com", "dumplings-42", "G");

    for (int i = 0; i < 5; i++) {
      assertThrows(
          AuthenticationFailedException.class,
          () -> accounts.signIn(name, "wrong-guess", "10.9.9.9"));
    }
    // The sixth try is refused before the password is even checked, right or wrong.
    assertThrows(
        TooManyAttemptsException.class, () -> accounts.signIn(name, "dumplings-42", "10.9.9.9"));
  }

  @Test
  void unknownUsernamesFailLikeWrongPasswords() {
    assertThrows(
        AuthenticationFailedException.class,
        () -> accounts.signIn(TestWorld.unique("nobody"), "whatever-1", "10.1.1.1"));
    assertFalse(tokens.verify("").isPresent());
  }
}
