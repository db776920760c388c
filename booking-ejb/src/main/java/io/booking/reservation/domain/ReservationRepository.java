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
   * Inserts at once (one INSERT: the id comes from a block, nothing is read back).
   *
   * @throws ReservationCodeTakenException when another reservation has its code
   */
  void add(Reservation reservation);

  Optional<IdempotencyRecord> findIdempotencyRecord(long accountId, String key);

  /**
   * The reservation an earlier request of this account made under the Idempotency-Key; refused when
   * the key came with another body.
   */
  default Optional<Reservation> madeUnderKey(long accountId, String key, String fingerprint) {
    return findIdempotencyRecord(accountId, key)
        .map(
            record -> {
              if (!record.isFor(fingerprint)) {
                throw new IdempotencyKeyReusedException();
              }
              return findById(record.reservationId())
                  .orElseThrow(() -> new IllegalStateException("record without reservation"));
            });
  }

  /** Inserts the record at once; a concurrent request with the same key fails here. */
  void addIdempotencyRecord(IdempotencyRecord record);
}
