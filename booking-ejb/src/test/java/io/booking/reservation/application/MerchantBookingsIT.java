package io.booking.reservation.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.booking.catalog.application.MerchantCatalog;
import io.booking.reservation.domain.BookingSource;
import io.booking.reservation.domain.Channel;
import io.booking.shared.domain.UnknownObjectException;
import io.booking.testing.Deployments;
import io.booking.testing.TestWorld;
import jakarta.ejb.EJB;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A merchant reaches only its own venues and their bookings, by any id. */
@ExtendWith(ArquillianExtension.class)
class MerchantBookingsIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.bookingCore("merchant-bookings-it");
  }

  @EJB MerchantCatalog catalog;

  @EJB MerchantBookings bookings;

  @EJB ReservationService reservations;

  @EJB TestWorld world;

  @Test
  void aMerchantSeesItsOwnVenuesAndBookingsAndNobodyElses() {
    ZoneId zone = ZoneId.of("Europe/Berlin");
    long offering = world.offering(zone, 10, 4, Duration.ofHours(2));
    long venue = world.venueOf(offering);
    long owner = world.ownerOfVenue(venue);
    Instant start = Instant.now().plus(Duration.ofDays(3));
    long slot = world.slot(offering, start);
    ReservationView booked =
        reservations.book(
            new BookingCommand(world.customer(), slot, 3, BookingSource.direct(Channel.API)));
    long otherVenue = world.venueOf(world.offering(zone, 5, 2, Duration.ofHours(2)));
    long otherOwner = world.ownerOfVenue(otherVenue);

    assertEquals(1, catalog.venuesOf(owner).size());
    assertEquals(venue, catalog.venuesOf(owner).get(0).id());
    assertEquals(1, catalog.venueOf(owner, venue).offerings().size());
    var day = bookings.bookingsOn(owner, venue, start.atZone(zone).toLocalDate()).items();
    assertEquals(1, day.size());
    assertEquals(booked.code(), day.get(0).code());
    assertEquals(3, day.get(0).partySize());

    assertThrows(UnknownObjectException.class, () -> catalog.venueOf(otherOwner, venue));
    assertThrows(
        UnknownObjectException.class,
        () -> bookings.bookingsOn(otherOwner, venue, start.atZone(zone).toLocalDate()));
    assertThrows(UnknownObjectException.class, () -> catalog.venueOf(owner, otherVenue));
    assertTrue(catalog.venuesOf(world.customer()).isEmpty(), "a customer owns no venue");
  }
}
