package io.booking.reservation.application;

import io.booking.catalog.application.MerchantCatalog;
import io.booking.catalog.domain.Venue;
import io.booking.catalog.domain.VenueRepository;
import io.booking.identity.application.AccountService;
import io.booking.reservation.domain.Reservation;
import io.booking.reservation.domain.ReservationStatus;
import io.booking.shared.domain.InvalidInputException;
import io.booking.shared.domain.Page;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
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

  /** Sortable columns and what they sort by; anything else sorts by start. */
  private static final Map<String, String> SORTS =
      Map.of(
          "start", "r.slot.start",
          "status", "r.status",
          "partySize", "r.partySize",
          "code", "r.code",
          "offeringName", "r.slot.offering.name");

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

  @PersistenceContext(unitName = "booking")
  EntityManager em;

  @Inject VenueRepository venues;

  @EJB AccountService accounts;

  public Page<DeskEntry> bookings(long ownerAccountId, long venueId, Query q) {
    return load(MerchantCatalog.owned(venues, ownerAccountId, venueId), q, 200);
  }

  private Page<DeskEntry> load(Venue venue, Query q, int maxSize) {
    long venueId = venue.id();
    Instant[] range = range(venue.timeZone(), q.from(), q.to());
    String where = where(q);
    TypedQuery<Long> count =
        em.createQuery("SELECT COUNT(r) FROM Reservation r" + where, Long.class);
    TypedQuery<Reservation> found =
        em.createQuery(
            "SELECT r FROM Reservation r"
                + where
                + " ORDER BY "
                + SORTS.getOrDefault(Objects.toString(q.sortBy(), "start"), "r.slot.start")
                + (q.ascending() ? " ASC" : " DESC")
                + ", r.id",
            Reservation.class);
    for (TypedQuery<?> query : List.of(count, found)) {
      bind(query, venueId, range, q);
    }
    int size = Math.max(1, Math.min(q.size(), maxSize));
    int first = Math.max(0, q.first());
    List<Reservation> rows = found.setFirstResult(first).setMaxResults(size).getResultList();
    return new Page<>(entries(rows, venue.timeZone()), first / size, size, count.getSingleResult());
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
    List<Object[]> slots =
        em.createQuery(
                "SELECT s.start, s.booked, s.capacity FROM Slot s WHERE s.venueId = :venue"
                    + " AND s.start >= :from AND s.start < :to AND s.withdrawn = false",
                Object[].class)
            .setParameter("venue", venueId)
            .setParameter("from", range[0])
            .setParameter("to", range[1])
            .getResultList();
    for (Object[] s : slots) {
      long[] day = days.get(((Instant) s[0]).atZone(zone).toLocalDate());
      if (day != null) {
        day[0] += ((Number) s[1]).longValue();
        day[1] += ((Number) s[2]).longValue();
      }
    }
    Map<ReservationStatus, Long> byStatus = new LinkedHashMap<>();
    Map<String, Long> perOffering = new TreeMap<>();
    List<Object[]> counts =
        em.createQuery(
                "SELECT r.status, r.slot.offering.name, COUNT(r) FROM Reservation r"
                    + " WHERE r.venueId = :venue AND r.slot.start >= :from AND r.slot.start < :to"
                    + " GROUP BY r.status, r.slot.offering.name",
                Object[].class)
            .setParameter("venue", venueId)
            .setParameter("from", range[0])
            .setParameter("to", range[1])
            .getResultList();
    for (Object[] c : counts) {
      ReservationStatus status = (ReservationStatus) c[0];
      long n = ((Number) c[2]).longValue();
      byStatus.merge(status, n, Long::sum);
      if (status != ReservationStatus.HELD && status != ReservationStatus.CANCELLED) {
        perOffering.merge((String) c[1], n, Long::sum);
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

  private static String where(Query q) {
    return " WHERE r.venueId = :venue AND r.slot.start >= :from AND r.slot.start < :to"
        + (q.status() == null ? " AND r.status <> :held" : " AND r.status = :status")
        + (q.codePrefix() == null || q.codePrefix().isBlank() ? "" : " AND r.code LIKE :code");
  }

  private static void bind(TypedQuery<?> query, long venueId, Instant[] range, Query q) {
    query
        .setParameter("venue", venueId)
        .setParameter("from", range[0])
        .setParameter("to", range[1]);
    if (q.status() == null) {
      query.setParameter("held", ReservationStatus.HELD);
    } else {
      query.setParameter("status", q.status());
    }
    if (q.codePrefix() != null && !q.codePrefix().isBlank()) {
      String code =
          q.codePrefix().strip().toUpperCase(java.util.Locale.ROOT).replaceAll("[^A-Z0-9]", "");
      query.setParameter("code", code + "%");
    }
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
