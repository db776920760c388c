package io.booking.reservation.infrastructure;

import io.booking.reservation.domain.Reservation;
import io.booking.reservation.domain.ReservationStatus;
import io.booking.reservation.domain.VenueBookingQueries;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/** The dashboard's queries in JPQL: filters, sorting and paging run in the database. */
@ApplicationScoped
public class JpaVenueBookingQueries implements VenueBookingQueries {

  /** Sortable columns and what they sort by; anything else sorts by start. */
  private static final Map<String, String> SORTS =
      Map.of(
          "start", "r.slot.start",
          "status", "r.status",
          "partySize", "r.partySize",
          "code", "r.code",
          "offeringName", "r.slot.offering.name");

  @PersistenceContext(unitName = "booking")
  private EntityManager em;

  @Override
  public long count(long venueId, Instant from, Instant to, Filter filter) {
    TypedQuery<Long> count =
        em.createQuery("SELECT COUNT(r) FROM Reservation r" + where(filter), Long.class);
    return bind(count, venueId, from, to, filter).getSingleResult();
  }

  @Override
  public List<Reservation> page(
      long venueId, Instant from, Instant to, Filter filter, Order order, int first, int size) {
    TypedQuery<Reservation> found =
        em.createQuery(
            "SELECT r FROM Reservation r"
                + where(filter)
                + " ORDER BY "
                + SORTS.getOrDefault(Objects.toString(order.sortBy(), "start"), "r.slot.start")
                + (order.ascending() ? " ASC" : " DESC")
                + ", r.id",
            Reservation.class);
    return bind(found, venueId, from, to, filter)
        .setFirstResult(first)
        .setMaxResults(size)
        .getResultList();
  }

  @Override
  public List<SlotLoad> slotLoads(long venueId, Instant from, Instant to) {
    return em
        .createQuery(
            "SELECT s.start, s.booked, s.capacity FROM Slot s WHERE s.venueId = :venue"
                + " AND s.start >= :from AND s.start < :to AND s.withdrawn = false",
            Object[].class)
        .setParameter("venue", venueId)
        .setParameter("from", from)
        .setParameter("to", to)
        .getResultList()
        .stream()
        .map(
            s ->
                new SlotLoad(
                    (Instant) s[0], ((Number) s[1]).longValue(), ((Number) s[2]).longValue()))
        .toList();
  }

  @Override
  public List<StatusCount> statusCounts(long venueId, Instant from, Instant to) {
    return em
        .createQuery(
            "SELECT r.status, r.slot.offering.name, COUNT(r) FROM Reservation r"
                + " WHERE r.venueId = :venue AND r.slot.start >= :from AND r.slot.start < :to"
                + " GROUP BY r.status, r.slot.offering.name",
            Object[].class)
        .setParameter("venue", venueId)
        .setParameter("from", from)
        .setParameter("to", to)
        .getResultList()
        .stream()
        .map(
            c ->
                new StatusCount(
                    (ReservationStatus) c[0], (String) c[1], ((Number) c[2]).longValue()))
        .toList();
  }

  private static boolean hasCode(Filter filter) {
    return filter.codePrefix() != null && !filter.codePrefix().isBlank();
  }

  private static String where(Filter filter) {
    return " WHERE r.venueId = :venue AND r.slot.start >= :from AND r.slot.start < :to"
        + (filter.status() == null ? " AND r.status <> :held" : " AND r.status = :status")
        + (hasCode(filter) ? " AND r.code LIKE :code" : "");
  }

  private static <T> TypedQuery<T> bind(
      TypedQuery<T> query, long venueId, Instant from, Instant to, Filter filter) {
    query.setParameter("venue", venueId).setParameter("from", from).setParameter("to", to);
    if (filter.status() == null) {
      query.setParameter("held", ReservationStatus.HELD);
    } else {
      query.setParameter("status", filter.status());
    }
    if (hasCode(filter)) {
      String code =
          filter.codePrefix().strip().toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
      query.setParameter("code", code + "%");
    }
    return query;
  }
}
