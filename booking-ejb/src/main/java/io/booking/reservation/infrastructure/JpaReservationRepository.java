package io.booking.reservation.infrastructure;

import io.booking.platform.infrastructure.UniqueKeys;
import io.booking.reservation.domain.Reservation;
import io.booking.reservation.domain.ReservationCodeTakenException;
import io.booking.reservation.domain.ReservationRepository;
import io.booking.reservation.domain.ReservationStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaReservationRepository implements ReservationRepository {

  @PersistenceContext(unitName = "booking")
  private EntityManager em;

  @Override
  public Optional<Reservation> findById(long id) {
    return Optional.ofNullable(em.find(Reservation.class, id));
  }

  @Override
  public Optional<Reservation> lock(long id) {
    return Optional.ofNullable(em.find(Reservation.class, id, LockModeType.PESSIMISTIC_WRITE));
  }

  @Override
  public List<Reservation> findByAccount(long accountId) {
    return em.createNamedQuery("Reservation.findByAccount", Reservation.class)
        .setParameter("accountId", accountId)
        .setMaxResults(500)
        .getResultList();
  }

  @Override
  public Optional<Long> idOfCode(String code) {
    return em.createNamedQuery("Reservation.findIdByCode", Long.class)
        .setParameter("code", code)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<Long> confirmedEndedIds(Instant now, int max) {
    return em.createNamedQuery("Reservation.findConfirmedEndedIds", Long.class)
        .setParameter("now", now)
        .setMaxResults(max)
        .getResultList();
  }

  @Override
  public List<Reservation> findByVenue(long venueId, Instant from, Instant to) {
    return em.createNamedQuery("Reservation.findByVenueBetween", Reservation.class)
        .setParameter("venueId", venueId)
        .setParameter("from", from)
        .setParameter("to", to)
        .getResultList();
  }

  @Override
  public List<Long> expiredHoldIds(Instant now, int max) {
    return em.createNamedQuery("Reservation.findExpiredHoldIds", Long.class)
        .setParameter("now", now)
        .setMaxResults(max)
        .getResultList();
  }

  @Override
  public long countStandingAt(long accountId, long venueId, Instant from, Instant to) {
    return em.createNamedQuery("Reservation.countOfAccountAtVenueBetween", Long.class)
        .setParameter("accountId", accountId)
        .setParameter("venueId", venueId)
        .setParameter("from", from)
        .setParameter("to", to)
        .setParameter("statuses", ReservationStatus.STANDING)
        .getSingleResult();
  }

  @Override
  public void add(Reservation reservation) {
    em.persist(reservation);
    try {
      em.flush();
    } catch (PersistenceException e) {
      if (UniqueKeys.violated(e, "uq_reservation_code")) {
        throw new ReservationCodeTakenException();
      }
      throw e;
    }
  }
}
