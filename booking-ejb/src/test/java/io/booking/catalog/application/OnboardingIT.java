package io.booking.catalog.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.booking.catalog.domain.MerchantApplication;
import io.booking.identity.application.AccountService;
import io.booking.identity.domain.Role;
import io.booking.reservation.application.StaffDesk;
import io.booking.shared.domain.BusinessConflictException;
import io.booking.shared.domain.ForbiddenException;
import io.booking.shared.domain.InvalidInputException;
import io.booking.shared.domain.UnknownObjectException;
import io.booking.testing.Deployments;
import io.booking.testing.TestWorld;
import jakarta.ejb.EJB;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(ArquillianExtension.class)
class OnboardingIT {

  private static final VenueSpec STUDIO =
      new VenueSpec(
          "Harbour Pilates",
          "FITNESS",
          "",
          "Hafenstraße 1",
          "Mitte",
          "Berlin",
          52.52,
          13.40,
          "Europe/Berlin",
          java.util.List.of(
              new VenueSpec.DayHours("MON", "07:00", "21:00"),
              new VenueSpec.DayHours("SAT", "09:00", "14:00")),
          null);

  @Deployment
  static WebArchive deployment() {
    return Deployments.bookingCore("onboarding-it");
  }

  @EJB MerchantOnboarding onboarding;

  @EJB MerchantCatalog catalog;

  @EJB VenueStaff staff;

  @EJB StaffDesk desk;

  @EJB AccountService accounts;

  @EJB TestWorld world;

  @Test
  void anApprovedApplicantBecomesAMerchantAndOpensAVenue() {
    long applicant = world.customer();
    long admin = world.admin();
    assertThrows(
        BusinessConflictException.class, () -> catalog.createVenue(applicant, STUDIO), "not yet");

    var application = onboarding.apply(applicant, "Harbour Pilates GmbH", "+49 30 1234", "HRB 1");
    assertThrows(
        BusinessConflictException.class,
        () -> onboarding.apply(applicant, "Again", "x", "y"),
        "one pending application at a time");
    assertTrue(onboarding.pending(admin).stream().anyMatch(a -> a.id() == application.id()));
    assertThrows(ForbiddenException.class, () -> onboarding.pending(applicant));
    assertThrows(
        ForbiddenException.class, () -> onboarding.approve(applicant, application.id(), "me"));
    assertThrows(
        InvalidInputException.class, () -> onboarding.approve(admin, application.id(), " "));

    var approved = onboarding.approve(admin, application.id(), "Licence checked");

    assertEquals(MerchantApplication.Status.APPROVED, approved.status());
    assertEquals("Licence checked", approved.decisionReason());
    assertTrue(accounts.account(applicant).roles().contains(Role.MERCHANT));
    VenueView studio = catalog.createVenue(applicant, STUDIO);
    assertEquals("Harbour Pilates", studio.name());
    assertEquals(
        "[MONDAY 07:00-21:00, SATURDAY 09:00-14:00]",
        catalog.venueOf(applicant, studio.id()).openingHours().stream()
            .map(h -> h.day() + " " + h.opens() + "-" + h.closes())
            .toList()
            .toString(),
        "opening hours are kept as the merchant states them");
    assertThrows(
        BusinessConflictException.class,
        () -> onboarding.reject(admin, application.id(), "changed my mind"),
        "decided once");
    assertThrows(
        BusinessConflictException.class, () -> onboarding.apply(applicant, "More", "x", "y"));
  }

  @Test
  void aRejectedApplicantStaysACustomerAndMayApplyAgain() {
    long applicant = world.customer();
    long admin = world.admin();
    var application = onboarding.apply(applicant, "Pop-up Bar", "contact", "L-9");

    var rejected = onboarding.reject(admin, application.id(), "Licence number unknown");

    assertEquals(MerchantApplication.Status.REJECTED, rejected.status());
    assertTrue(!accounts.account(applicant).roles().contains(Role.MERCHANT));
    assertEquals(
        MerchantApplication.Status.PENDING,
        onboarding.apply(applicant, "Pop-up Bar", "contact", "L-10").status());
    InvalidInputException empty =
        assertThrows(
            InvalidInputException.class, () -> onboarding.apply(world.customer(), "", null, " "));
    assertEquals(3, empty.errors().size());
  }

  @Test
  void theMerchantInvitesAndRemovesStaffWhoThenReachTheDeskOrNot() {
    long offering = world.offering(ZoneId.of("Europe/Berlin"), 10, 4, Duration.ofHours(2));
    long venue = world.venueOf(offering);
    long owner = world.ownerOfVenue(venue);
    long helper = world.customer();
    String username = world.usernameOf(helper);
    LocalDate today = LocalDate.now(ZoneId.of("Europe/Berlin"));

    assertThrows(UnknownObjectException.class, () -> desk.reservationsOn(helper, venue, today));
    assertEquals(username, staff.invite(owner, venue, username).username());
    assertTrue(
        desk.reservationsOn(helper, venue, today).items().isEmpty(), "the helper reaches the desk");
    assertTrue(accounts.account(helper).roles().contains(Role.STAFF));
    assertThrows(BusinessConflictException.class, () -> staff.invite(owner, venue, username));
    assertEquals(1, staff.staffOf(owner, venue).size());
    assertThrows(InvalidInputException.class, () -> staff.invite(owner, venue, "nobody-" + helper));

    long stranger =
        world.ownerOfVenue(
            world.venueOf(world.offering(ZoneId.of("UTC"), 5, 2, Duration.ofHours(1))));
    assertThrows(UnknownObjectException.class, () -> staff.invite(stranger, venue, username));
    assertThrows(UnknownObjectException.class, () -> staff.remove(stranger, venue, helper));

    staff.remove(owner, venue, helper);
    assertThrows(UnknownObjectException.class, () -> desk.reservationsOn(helper, venue, today));
    assertTrue(
        !accounts.account(helper).roles().contains(Role.STAFF), "no venue left, no STAFF role");
    assertThrows(UnknownObjectException.class, () -> staff.remove(owner, venue, helper));
  }
}
