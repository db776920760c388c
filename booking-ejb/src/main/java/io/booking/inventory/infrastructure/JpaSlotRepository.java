package io.booking.inventory.infrastructure;

import io.booking.inventory.domain.BlackoutDate;
import io.booking.inventory.domain.ExtraOpening;
import io.booking.inventory.domain.Slot;
import io.booking.inventory.domain.SlotRepository;
import io.booking.inventory.domain.WeeklyRule;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
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
  public List<Slot> nextFree(long venueId, Instant now, int limit) {
    return em.createNamedQuery("Slot.findNextFree", Slot.class)
        .setParameter("venueId", venueId)
        .setParameter("now", now)
        .setMaxResults(limit)
        .getResultList();
  }

  @Override
  public List<Slot> findByOffering(long offeringId, Instant from, Instant to) {
    return em.createNamedQuery("Slot.findByOfferingBetween", Slot.class)
        .setParameter("offeringId", offeringId)
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
  public long futureSlotsBookedAbove(long offeringId, int capacity, Instant now) {
    return em.createQuery(
            "SELECT COUNT(s) FROM Slot s WHERE s.offering.id = :id AND s.start > :now"
                + " AND s.booked > :capacity",
            Long.class)
        .setParameter("id", offeringId)
        .setParameter("now", now)
        .setParameter("capacity", capacity)
        .getSingleResult();
  }

  @Override
  public int setFutureCapacity(long offeringId, int capacity, Instant now) {
    // booked <= :capacity in the same statement: a booking that lands between the check and this
    // update keeps its slot at the old capacity rather than overbooking it.
    return em.createQuery(
            "UPDATE Slot s SET s.capacity = :capacity, s.version = s.version + 1"
                + " WHERE s.offering.id = :id AND s.start > :now AND s.booked <= :capacity")
        .setParameter("capacity", capacity)
        .setParameter("id", offeringId)
        .setParameter("now", now)
        .executeUpdate();
  }

  @Override
  public void removeRules(long offeringId) {
    em.createQuery("DELETE FROM WeeklyRule r WHERE r.offering.id = :id")
        .setParameter("id", offeringId)
        .executeUpdate();
  }

  @Override
  public void removeBlackouts(long offeringId) {
    em.createQuery("DELETE FROM BlackoutDate b WHERE b.offeringId = :id")
        .setParameter("id", offeringId)
        .executeUpdate();
  }

  @Override
  public List<WeeklyRule> rulesOf(long offeringId) {
    return em.createQuery(
            "SELECT r FROM WeeklyRule r WHERE r.offering.id = :id ORDER BY r.id", WeeklyRule.class)
        .setParameter("id", offeringId)
        .getResultList();
  }

  @Override
  public List<WeeklyRule> rulesOfVenue(long venueId) {
    return em.createQuery(
            "SELECT r FROM WeeklyRule r WHERE r.offering.venue.id = :id ORDER BY r.id",
            WeeklyRule.class)
        .setParameter("id", venueId)
        .getResultList();
  }

  @Override
  public void addRule(WeeklyRule rule) {
    em.persist(rule);
  }

  @Override
  public Set<LocalDate> blackoutsOf(long offeringId) {
    return new HashSet<>(
        em.createQuery(
                "SELECT b.closedOn FROM BlackoutDate b WHERE b.offeringId = :id", LocalDate.class)
            .setParameter("id", offeringId)
            .getResultList());
  }

  @Override
  public List<ExtraOpening> extrasOf(long offeringId) {
    return em.createQuery(
            "SELECT e FROM ExtraOpening e WHERE e.offering.id = :id ORDER BY e.date, e.starts.firstStart",
            ExtraOpening.class)
        .setParameter("id", offeringId)
        .getResultList();
  }

  @Override
  public void addExtra(ExtraOpening extra) {
    em.persist(extra);
  }

  @Override
  public void removeExtras(long offeringId) {
    em.createQuery("DELETE FROM ExtraOpening e WHERE e.offering.id = :id")
        .setParameter("id", offeringId)
        .executeUpdate();
  }

  @Override
  public void addBlackout(BlackoutDate blackout) {
    em.persist(blackout);
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
