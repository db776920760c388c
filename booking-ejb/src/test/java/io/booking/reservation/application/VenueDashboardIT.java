package io.booking.reservation.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.booking.reservation.domain.BookingSource;
import io.booking.reservation.domain.Channel;
import io.booking.reservation.domain.ReservationStatus;
import io.booking.shared.domain.InvalidInputException;
import io.booking.shared.domain.UnknownObjectException;
import io.booking.testing.Deployments;
import io.booking.testing.TestWorld;
import jakarta.ejb.EJB;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(ArquillianExtension.class)
class VenueDashboardIT {

  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  @Deployment
  static WebArchive deployment() {
    return Deployments.bookingCore("venue-dashboard-it");
  }

  @EJB VenueDashboard dashboard;

  @EJB ReservationService reservations;

  @EJB TestWorld world;

  @Test
  void figuresAndAPagedSortedFilteredTableOfTheMerchantsOwnVenue() {
    long offering = world.offering(SHANGHAI, 10, 4, Duration.ofHours(1));
    long venue = world.venueOf(offering);
    long owner = world.ownerOfVenue(venue);
    LocalDate day = LocalDate.now(SHANGHAI).plusDays(2);
    long morning = world.slot(offering, day.atTime(9, 0).atZone(SHANGHAI).toInstant());
    long evening = world.slot(offering, day.atTime(19, 0).atZone(SHANGHAI).toInstant());
    book(morning, 1);
    book(morning, 4);
    String last = book(evening, 2);

    VenueDashboard.Figures f = dashboard.figures(owner, venue, day, day.plusDays(1));
    assertEquals(2, f.occupancy().size());
    assertEquals(7, f.occupancy().get(0).booked());
    assertEquals(20, f.occupancy().get(0).capacity());
    assertEquals(35, f.occupancy().get(0).percent());
    assertEquals(0, f.occupancy().get(1).capacity());
    assertEquals(1, f.bookingsPerOffering().size());
    assertEquals(3L, f.bookingsPerOffering().values().iterator().next());
    assertEquals(0, f.noShowPercent(), "nothing settled yet");

    var biggestFirst =
        dashboard.bookings(
            owner, venue, new VenueDashboard.Query(day, day, null, null, "partySize", false, 0, 2));
    assertEquals(3, biggestFirst.total());
    assertEquals(2, biggestFirst.items().size());
    assertEquals(4, biggestFirst.items().get(0).partySize());
    assertEquals(
        1,
        dashboard
            .bookings(
                owner,
                venue,
                new VenueDashboard.Query(
                    day, day, null, last.substring(0, 5).toLowerCase(), "start", true, 0, 20))
            .total(),
        "a code prefix, typed in lower case");
    assertEquals(
        0,
        dashboard
            .bookings(
                owner,
                venue,
                new VenueDashboard.Query(
                    day, day, ReservationStatus.CANCELLED, null, "nonsense", true, 0, 20))
            .total());
    assertEquals(3, dashboard.export(owner, venue, day, day).size());

    long stranger =
        world.ownerOfVenue(world.venueOf(world.offering(SHANGHAI, 4, 2, Duration.ofHours(1))));
    assertThrows(UnknownObjectException.class, () -> dashboard.figures(stranger, venue, day, day));
    assertThrows(UnknownObjectException.class, () -> dashboard.export(stranger, venue, day, day));
    assertThrows(
        InvalidInputException.class, () -> dashboard.figures(owner, venue, day, day.plusDays(400)));
    assertEquals(
        Map.of(),
        dashboard.figures(owner, venue, day.plusDays(5), day.plusDays(5)).bookingsPerOffering());
  }

  private String book(long slot, int party) {
    return reservations
        .book(new BookingCommand(world.customer(), slot, party, BookingSource.direct(Channel.API)))
        .code();
  }
}
