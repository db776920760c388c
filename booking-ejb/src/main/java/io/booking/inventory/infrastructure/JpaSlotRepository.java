package io.booking.inventory.infrastructure;

import io.booking.inventory.domain.OpenSlot;
import io.booking.inventory.domain.Slot;
import io.booking.inventory.domain.SlotRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

@ApplicationScoped
public class JpaSlotRepository implements SlotRepository {

  @PersistenceContext(unitName = "booking")
  private EntityManager em;

  @Override
  public Optional<Slot> findById(long slotId) {
    return Optional.ofNullable(em.find(Slot.class, slotId));
  }

  @Override
  public Optional<Slot> findWithOffering(long slotId) {
    return em.createNamedQuery("Slot.findWithOffering", Slot.class)
        .setParameter("id", slotId)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<Slot> reload(long slotId) {
    Slot slot = em.find(Slot.class, slotId);
    if (slot != null) {
      em.refresh(slot);
    }
    return Optional.ofNullable(slot);
  }

  @Override
  public List<Slot> findByVenue(long venueId, Instant from, Instant to) {
    return em.createNamedQuery("Slot.findByVenueBetween", Slot.class)
        .setParameter("venueId", venueId)
        .setParameter("from", from)
        .setParameter("to", to)
        .getResultList();
  }

  @Override
  public Map<Long, Instant> nextBookableStarts(Collection<Long> venueIds, Instant now) {
    if (venueIds.isEmpty()) {
      return Map.of();
    }
    // Native SQL: JPQL cannot add an offering's lead minutes to a time. TIMESTAMPADD is the same on
    // MySQL, MariaDB and H2; it works on the column (H2 cannot type a bare parameter there), and
    // the
    // plain start_at > ?1 lets the venue/start index bound the scan.
    StringBuilder in = new StringBuilder();
    for (int i = 0; i < venueIds.size(); i++) {
      in.append(i == 0 ? "?" : ", ?").append(i + 2);
    }
    Query query =
        em.createNativeQuery(
            "SELECT s.venue_id, MIN(s.start_at) FROM slot s JOIN offering o ON o.id = s.offering_id"
                + " WHERE s.venue_id IN ("
                + in
                + ") AND s.withdrawn = FALSE AND s.booked < s.capacity"
                + " AND s.start_at > ?1 AND TIMESTAMPADD(MINUTE, -o.lead_minutes, s.start_at) > ?1"
                + " GROUP BY s.venue_id");
    query.setParameter(1, LocalDateTime.ofInstant(now, ZoneOffset.UTC));
    int position = 2;
    for (Long id : venueIds) {
      query.setParameter(position++, id);
    }
    Map<Long, Instant> starts = new HashMap<>();
    for (Object row : query.getResultList()) {
      Object[] cols = (Object[]) row;
      starts.put(((Number) cols[0]).longValue(), utcInstant(cols[1]));
    }
    return starts;
  }

  private static Instant utcInstant(Object column) {
    LocalDateTime utc =
        column instanceof Timestamp t ? t.toLocalDateTime() : (LocalDateTime) column;
    return utc.toInstant(ZoneOffset.UTC);
  }

  @Override
  public List<OpenSlot> openSlots(long venueId, Long offeringId, Instant from, Instant to) {
    TypedQuery<OpenSlot> query =
        offeringId == null
            ? em.createNamedQuery("Slot.openSlots", OpenSlot.class)
            : em.createNamedQuery("Slot.openSlotsOfOffering", OpenSlot.class)
                .setParameter("offeringId", offeringId);
    return query
        .setParameter("venueId", venueId)
        .setParameter("from", from)
        .setParameter("to", to)
        .getResultList();
  }

  @Override
  public Set<Instant> startsOf(long offeringId, Instant from, Instant to) {
    return new HashSet<>(
        em.createNamedQuery("Slot.findStartsByOfferingBetween", Instant.class)
            .setParameter("offeringId", offeringId)
            .setParameter("from", from)
            .setParameter("to", to)
            .getResultList());
  }

  @Override
  public void add(Slot slot) {
    em.persist(slot);
  }

  @Override
  public List<Slot> futureSlots(long offeringId, Instant now) {
    return em.createQuery(
            "SELECT s FROM Slot s WHERE s.offering.id = :id AND s.start > :now ORDER BY s.start",
            Slot.class)
        .setParameter("id", offeringId)
        .setParameter("now", now)
        .getResultList();
  }

  @Override
  public long countFutureSlotsHoldingPlaces(long offeringId, Instant now) {
    return em.createQuery(
            "SELECT COUNT(s) FROM Slot s WHERE s.offering.id = :id AND s.start > :now"
                + " AND s.booked > 0",
            Long.class)
        .setParameter("id", offeringId)
        .setParameter("now", now)
        .getSingleResult();
  }

  @Override
  public long countFutureSlots(long offeringId, Instant now) {
    return em.createQuery(
            "SELECT COUNT(s) FROM Slot s WHERE s.offering.id = :id AND s.start > :now", Long.class)
        .setParameter("id", offeringId)
        .setParameter("now", now)
        .getSingleResult();
  }

  @Override
  public int setFutureCapacity(long offeringId, int capacity, Instant now) {
    // booked <= :capacity in the same statement, which reads each row as committed (waiting for a
    // booking in flight): a slot that cannot follow keeps its capacity and is not counted.
    return em.createQuery(
            "UPDATE Slot s SET s.capacity = :capacity, s.version = s.version + 1"
                + " WHERE s.offering.id = :id AND s.start > :now AND s.booked <= :capacity")
        .setParameter("capacity", capacity)
        .setParameter("id", offeringId)
        .setParameter("now", now)
        .executeUpdate();
  }

  @Override
  public boolean takePlaces(long slotId, int places, Instant startsAfter, Instant now) {
    return execute(
            "Slot.takePlaces",
            Map.of("id", slotId, "places", places, "startsAfter", startsAfter, "now", now))
        == 1;
  }

  @Override
  public boolean releasePlaces(long slotId, int places) {
    return execute("Slot.releasePlaces", Map.of("id", slotId, "places", places)) == 1;
  }

  private int execute(String namedUpdate, Map<String, Object> params) {
    var query = em.createNamedQuery(namedUpdate);
    params.forEach(query::setParameter);
    return query.executeUpdate();
  }
}
