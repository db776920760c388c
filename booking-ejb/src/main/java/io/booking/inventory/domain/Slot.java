package io.booking.inventory.domain;

import io.booking.catalog.domain.Offering;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.QueryHint;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * One bookable time of an offering, with a number of places. {@code booked} is the sum of the party
 * sizes of its held and confirmed reservations; it changes only through the conditional updates of
 * {@link SlotRepository}, never by setting the field.
 */
@Entity
@Table(name = "slot")
@NamedQuery(
    name = "Slot.takePlaces",
    query =
        "UPDATE Slot s SET s.booked = s.booked + :places, s.version = s.version + 1"
            + " WHERE s.id = :id AND s.booked + :places <= s.capacity"
            + " AND s.start > :startsAfter AND s.end > :now AND s.withdrawn = false")
@NamedQuery(
    name = "Slot.releasePlaces",
    query =
        "UPDATE Slot s SET s.booked = s.booked - :places, s.version = s.version + 1"
            + " WHERE s.id = :id AND s.booked >= :places")
@NamedQuery(
    name = "Slot.findByVenueBetween",
    query =
        "SELECT s FROM Slot s WHERE s.venueId = :venueId AND s.start >= :from AND s.start < :to"
            + " AND s.withdrawn = false ORDER BY s.start, s.offering.id",
    hints = @QueryHint(name = "eclipselink.join-fetch", value = "s.offering"))
@NamedQuery(
    name = "Slot.findWithOffering",
    query = "SELECT s FROM Slot s WHERE s.id = :id",
    hints = {
      // EclipseLink's way to join nested relations into the one SELECT.
      @QueryHint(name = "eclipselink.join-fetch", value = "s.offering"),
      @QueryHint(name = "eclipselink.join-fetch", value = "s.offering.venue")
    })
@NamedQuery(
    name = "Slot.openSlots",
    query =
        "SELECT NEW io.booking.inventory.domain.OpenSlot(s.id, o.id, s.venueId, s.start, s.end,"
            + " s.capacity, s.booked, o.price.minorUnits, o.price.currency, o.leadMinutes)"
            + " FROM Slot s JOIN s.offering o WHERE s.venueId = :venueId"
            + " AND s.start >= :from AND s.start < :to AND s.withdrawn = false"
            + " ORDER BY s.start, o.id")
@NamedQuery(
    name = "Slot.openSlotsOfOffering",
    query =
        "SELECT NEW io.booking.inventory.domain.OpenSlot(s.id, o.id, s.venueId, s.start, s.end,"
            + " s.capacity, s.booked, o.price.minorUnits, o.price.currency, o.leadMinutes)"
            + " FROM Slot s JOIN s.offering o WHERE s.venueId = :venueId AND o.id = :offeringId"
            + " AND s.start >= :from AND s.start < :to AND s.withdrawn = false"
            + " ORDER BY s.start")
@NamedQuery(
    name = "Slot.findStartsByOfferingBetween",
    query =
        "SELECT s.start FROM Slot s WHERE s.offering.id = :offeringId AND s.start >= :from"
            + " AND s.start < :to")
public class Slot {

  @Id
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "slot_id")
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "offering_id", nullable = false)
  private Offering offering;

  @Column(name = "venue_id", nullable = false)
  private Long venueId;

  @Column(name = "start_at", nullable = false)
  private Instant start;

  @Column(name = "end_at", nullable = false)
  private Instant end;

  @Column(name = "capacity", nullable = false)
  private int capacity;

  @Column(name = "booked", nullable = false)
  private int booked;

  @Column(name = "withdrawn", nullable = false)
  private boolean withdrawn;

  @Version
  @Column(name = "version")
  private long version;

  protected Slot() {}

  public Slot(Offering offering, PlannedSlot planned) {
    this.offering = offering;
    this.venueId = offering.venue().id();
    this.start = planned.start();
    this.end = planned.end();
    this.capacity = offering.capacity();
    this.booked = 0;
  }

  public Long id() {
    return id;
  }

  public Offering offering() {
    return offering;
  }

  public Long venueId() {
    return venueId;
  }

  public Instant start() {
    return start;
  }

  public Instant end() {
    return end;
  }

  public int capacity() {
    return capacity;
  }

  public int booked() {
    return booked;
  }

  public int available() {
    return Math.max(0, capacity - booked);
  }

  public boolean isWithdrawn() {
    return withdrawn;
  }

  /** Takes the slot off sale; only a slot nobody holds places in. */
  public boolean withdraw() {
    if (booked > 0 || withdrawn) {
      return false;
    }
    withdrawn = true;
    return true;
  }

  /** Puts a withdrawn slot back on sale, with the offering's current capacity. */
  public void reinstate(int capacity) {
    withdrawn = false;
    this.capacity = capacity;
  }

  public boolean hasStartedAt(Instant now) {
    return !start.isAfter(now);
  }

  /** Online booking closes the offering's lead time before the start. */
  public boolean isBookableAt(Instant now) {
    return start.minus(offering.leadTime()).isAfter(now);
  }
}
