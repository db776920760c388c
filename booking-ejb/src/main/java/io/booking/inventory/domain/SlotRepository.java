package io.booking.inventory.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

public interface SlotRepository {

  Optional<Slot> findById(long slotId);

  /** The slot with its offering and the offering's venue, read in one query. */
  Optional<Slot> findWithOffering(long slotId);

  /** Re-reads the slot from the database, past anything this transaction has cached. */
  Optional<Slot> reload(long slotId);

  List<Slot> findByVenue(long venueId, Instant from, Instant to);

  /**
   * For each of the venues, when its earliest slot starts that can still be booked (a place left,
   * not withdrawn, outside its offering's lead time), all in one query; venues without one are left
   * out.
   */
  Map<Long, Instant> nextBookableStarts(Collection<Long> venueIds, Instant now);

  /**
   * The venue's slots on sale starting in [from, to), of one offering or (null) all, in start
   * order, read as {@link OpenSlot}s.
   */
  List<OpenSlot> openSlots(long venueId, Long offeringId, Instant from, Instant to);

  Set<Instant> startsOf(long offeringId, Instant from, Instant to);

  void add(Slot slot);

  /** Every slot of the offering starting after {@code now}, withdrawn ones included. */
  List<Slot> futureSlots(long offeringId, Instant now);

  /** How many slots of the offering start after {@code now} with places taken. */
  long countFutureSlotsHoldingPlaces(long offeringId, Instant now);

  /** How many slots of the offering start after {@code now}. */
  long countFutureSlots(long offeringId, Instant now);

  /**
   * Gives the future slots of the offering a new capacity, never below what they hold; returns how
   * many took it.
   */
  int setFutureCapacity(long offeringId, int capacity, Instant now);

  /**
   * Takes places in one conditional UPDATE: it succeeds only while enough places are left and the
   * slot has not started. The database serializes concurrent attempts on the row, on every
   * instance, so the places can never be oversold.
   *
   * @return whether the places were taken
   */
  default boolean takePlaces(long slotId, int places, Instant now) {
    return takePlaces(slotId, places, now, now);
  }

  /**
   * The same conditional UPDATE for a slot that starts after {@code startsAfter} and has not ended
   * by {@code now}: the desk seats walk-ins in a slot that has already begun (from the start of the
   * venue's day). Online bookings and walk-ins go through this one statement, so together they
   * never exceed the capacity.
   */
  boolean takePlaces(long slotId, int places, Instant startsAfter, Instant now);

  /** Gives places back, also in one conditional UPDATE. */
  boolean releasePlaces(long slotId, int places);
}
