package io.booking.reservation.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

public interface ReservationRepository {

  Optional<Reservation> findById(long id);

  /** Reads and locks the row until the transaction ends, so state changes happen one at a time. */
  Optional<Reservation> lock(long id);

  List<Reservation> findByAccount(long accountId);

  Optional<Long> idOfCode(String code);

  /** Confirmed reservations whose slot has ended: candidates for the end-of-day no-show sweep. */
  List<Long> confirmedEndedIds(Instant now, int max);

  /** The venue's reservations whose slot starts in [from, to), in start order. */
  List<Reservation> findByVenue(long venueId, Instant from, Instant to);

  List<Long> expiredHoldIds(Instant now, int max);

  /**
   * How many of the account's reservations at the venue start in [from, to) and still hold or held
   * their places (held, confirmed, checked in or not shown up; not cancelled or expired).
   */
  long countStandingAt(long accountId, long venueId, Instant from, Instant to);

  /**
   * Inserts at once (one INSERT: the id comes from a block, nothing is read back).
   *
   * @throws ReservationCodeTakenException when another reservation has its code
   */
  void add(Reservation reservation);
}
