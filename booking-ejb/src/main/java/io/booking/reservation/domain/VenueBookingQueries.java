package io.booking.reservation.domain;

import java.time.Instant;
import java.util.List;

/**
 * The read side of a venue's bookings for its merchant's dashboard: bookings filtered, sorted and
 * paged in the database, and the counts behind occupancy and the no-show rate. Times are the
 * half-open range [from, to) of slot starts.
 */
public interface VenueBookingQueries {

  /**
   * Which bookings: one status, or every one but HELD when null; and a code prefix (compared
   * without separators and case), or none when null or blank.
   */
  record Filter(ReservationStatus status, String codePrefix) {}

  /**
   * The column to sort by: start, status, partySize, code or offeringName; anything else: start.
   */
  record Order(String sortBy, boolean ascending) {}

  /** One slot's places: booked of offered. */
  record SlotLoad(Instant start, long booked, long capacity) {}

  /** How many bookings of one offering are in one status. */
  record StatusCount(ReservationStatus status, String offeringName, long count) {}

  long count(long venueId, Instant from, Instant to, Filter filter);

  /** A page of bookings, in the order asked for and then by id. */
  List<Reservation> page(
      long venueId, Instant from, Instant to, Filter filter, Order order, int first, int size);

  /** The venue's slots that are not withdrawn. */
  List<SlotLoad> slotLoads(long venueId, Instant from, Instant to);

  /** Bookings in every status, per status and offering. */
  List<StatusCount> statusCounts(long venueId, Instant from, Instant to);
}
