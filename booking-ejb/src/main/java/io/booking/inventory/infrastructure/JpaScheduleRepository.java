package io.booking.inventory.infrastructure;

import io.booking.inventory.domain.BlackoutDate;
import io.booking.inventory.domain.ExtraOpening;
import io.booking.inventory.domain.ScheduleRepository;
import io.booking.inventory.domain.WeeklyRule;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

@ApplicationScoped
public class JpaScheduleRepository implements ScheduleRepository {

  @PersistenceContext(unitName = "booking")
  private EntityManager em;

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
  public void removeRules(long offeringId) {
    em.createQuery("DELETE FROM WeeklyRule r WHERE r.offering.id = :id")
        .setParameter("id", offeringId)
        .executeUpdate();
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
  public void addBlackout(BlackoutDate blackout) {
    em.persist(blackout);
  }

  @Override
  public void removeBlackouts(long offeringId) {
    em.createQuery("DELETE FROM BlackoutDate b WHERE b.offeringId = :id")
        .setParameter("id", offeringId)
        .executeUpdate();
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
}
