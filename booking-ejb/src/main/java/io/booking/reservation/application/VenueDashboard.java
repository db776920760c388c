package io.booking.reservation.application;

import io.booking.catalog.application.MerchantCatalog;
import io.booking.catalog.domain.Venue;
import io.booking.catalog.domain.VenueRepository;
import io.booking.identity.application.AccountService;
import io.booking.reservation.domain.Reservation;
import io.booking.reservation.domain.ReservationStatus;
import io.booking.reservation.domain.VenueBookingQueries;
import io.booking.shared.domain.InvalidInputException;
import io.booking.shared.domain.Page;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * A merchant's view of one venue over a range of local days: the bookings a page at a time (sorted
 * and filtered in the database), occupancy per day, the no-show rate and bookings per offering.
 * Another merchant's venue is unknown.
 */
@Stateless
public class VenueDashboard {

  public static final int MAX_DAYS = 366;

  /** One day's places: booked of offered, over the slots not withdrawn. */
  public record DayOccupancy(LocalDate date, long booked, long capacity) {
    public int percent() {
      return capacity == 0 ? 0 : (int) Math.round(100.0 * booked / capacity);
    }
  }

  public record Figures(
      List<DayOccupancy> occupancy,
      long checkedIn,
      long noShows,
      Map<String, Long> bookingsPerOffering) {

    /** No-shows of the visits that are settled (checked in or not come), in percent. */
    public int noShowPercent() {
      long settled = checkedIn + noShows;
      return settled == 0 ? 0 : (int) Math.round(100.0 * noShows / settled);
    }
  }

  /** What the table asks for: an optional status, a code prefix, a sort and a page. */
  public record Query(
      LocalDate from,
      LocalDate to,
      ReservationStatus status,
      String codePrefix,
      String sortBy,
      boolean ascending,
      int first,
      int size) {}

  @Inject VenueBookingQueries queries;

  @Inject VenueRepository venues;

  @EJB AccountService accounts;

  public Page<DeskEntry> bookings(long ownerAccountId, long venueId, Query q) {
    return load(MerchantCatalog.owned(venues, ownerAccountId, venueId), q, 200);
  }

  private Page<DeskEntry> load(Venue venue, Query q, int maxSize) {
    long venueId = venue.id();
    Instant[] range = range(venue.timeZone(), q.from(), q.to());
    VenueBookingQueries.Filter filter = new VenueBookingQueries.Filter(q.status(), q.codePrefix());
    int size = Math.max(1, Math.min(q.size(), maxSize));
    int first = Math.max(0, q.first());
    List<Reservation> rows =
        queries.page(
            venueId,
            range[0],
            range[1],
            filter,
            new VenueBookingQueries.Order(q.sortBy(), q.ascending()),
            first,
            size);
    return new Page<>(
        entries(rows, venue.timeZone()),
        first / size,
        size,
        queries.count(venueId, range[0], range[1], filter));
  }

  /** Every booking of the range, by start, for the CSV export (at most 20,000). */
  public List<DeskEntry> export(long ownerAccountId, long venueId, LocalDate from, LocalDate to) {
    return load(
            MerchantCatalog.owned(venues, ownerAccountId, venueId),
            new Query(from, to, null, null, "start", true, 0, 20_000),
            20_000)
        .items();
  }

  public Figures figures(long ownerAccountId, long venueId, LocalDate from, LocalDate to) {
    Venue venue = MerchantCatalog.owned(venues, ownerAccountId, venueId);
    ZoneId zone = venue.timeZone();
    Instant[] range = range(zone, from, to);
    TreeMap<LocalDate, long[]> days = new TreeMap<>();
    for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
      days.put(d, new long[2]);
    }
    for (VenueBookingQueries.SlotLoad s : queries.slotLoads(venueId, range[0], range[1])) {
      long[] day = days.get(s.start().atZone(zone).toLocalDate());
      if (day != null) {
        day[0] += s.booked();
        day[1] += s.capacity();
      }
    }
    Map<ReservationStatus, Long> byStatus = new LinkedHashMap<>();
    Map<String, Long> perOffering = new TreeMap<>();
    for (VenueBookingQueries.StatusCount c : queries.statusCounts(venueId, range[0], range[1])) {
      byStatus.merge(c.status(), c.count(), Long::sum);
      if (c.status() != ReservationStatus.HELD && c.status() != ReservationStatus.CANCELLED) {
        perOffering.merge(c.offeringName(), c.count(), Long::sum);
      }
    }
    List<DayOccupancy> occupancy = new ArrayList<>();
    days.forEach((d, v) -> occupancy.add(new DayOccupancy(d, v[0], v[1])));
    return new Figures(
        occupancy,
        byStatus.getOrDefault(ReservationStatus.CHECKED_IN, 0L),
        byStatus.getOrDefault(ReservationStatus.NO_SHOW, 0L),
        perOffering);
  }

  private static Instant[] range(ZoneId zone, LocalDate from, LocalDate to) {
    if (from == null || to == null) {
      throw new InvalidInputException("from", "from and to are required (YYYY-MM-DD)");
    }
    if (to.isBefore(from)) {
      throw new InvalidInputException("to", "must not be before from");
    }
    if (ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
      throw new InvalidInputException("to", "at most " + MAX_DAYS + " days at once");
    }
    return new Instant[] {
      from.atStartOfDay(zone).toInstant(), to.plusDays(1).atStartOfDay(zone).toInstant()
    };
  }

  private List<DeskEntry> entries(List<Reservation> rows, ZoneId zone) {
    Map<Long, String> names =
        accounts.displayNames(
            rows.stream()
                .map(Reservation::accountId)
                .filter(Objects::nonNull)
                .collect(Collectors.toSet()));
    return rows.stream().map(r -> VenueDayList.entry(r, zone, names)).toList();
  }
}
