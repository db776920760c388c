package io.booking.platform.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.booking.identity.domain.AuthenticationFailedException;
import io.booking.identity.domain.TooManyAttemptsException;
import io.booking.shared.domain.BusinessConflictException;
import io.booking.shared.domain.TooManyRequestsException;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DomainExceptionMapperTest {

  @Test
  void aWrongPasswordIsUnauthorizedNamingItsReason() {
    Problem p = DomainExceptionMapper.problemFor(new AuthenticationFailedException());
    assertEquals(401, p.status());
    assertEquals("Unauthorized", p.title());
    assertEquals("/problems/authentication-failed", p.type());
    assertEquals("The username or password is wrong.", p.detail());
    assertEquals(
        Optional.empty(),
        DomainExceptionMapper.retryAfterSeconds(new AuthenticationFailedException()));
  }

  @Test
  void tooManySignInsAreTooManyRequestsWithRetryAfterInWholeSeconds() {
    TooManyAttemptsException e = new TooManyAttemptsException(Duration.ofSeconds(754));
    Problem p = DomainExceptionMapper.problemFor(e);
    assertEquals(429, p.status());
    assertEquals("Too Many Requests", p.title());
    assertEquals("/problems/too-many-attempts", p.type());
    assertEquals("Too many failed sign-ins. Try again in 12 min.", p.detail());
    assertEquals(Optional.of(754L), DomainExceptionMapper.retryAfterSeconds(e));
  }

  @Test
  void aWaitUnderASecondIsToldAsOneSecond() {
    assertEquals(
        Optional.of(1L),
        DomainExceptionMapper.retryAfterSeconds(
            new TooManyAttemptsException(
                "Too many new accounts from this address.", Duration.ZERO)));
  }

  @Test
  void anyLimitOfAnyContextIsMappedByItsFamily() {
    TooManyRequestsException limit =
        new TooManyRequestsException("too-many-things", "Slow down.", Duration.ofMinutes(2)) {};
    Problem p = DomainExceptionMapper.problemFor(limit);
    assertEquals(429, p.status());
    assertEquals("/problems/too-many-things", p.type());
    assertEquals(Optional.of(120L), DomainExceptionMapper.retryAfterSeconds(limit));
  }

  @Test
  void otherRefusalsTellNoWait() {
    assertEquals(
        Optional.empty(),
        DomainExceptionMapper.retryAfterSeconds(new BusinessConflictException("taken", "Taken.")));
  }
}
