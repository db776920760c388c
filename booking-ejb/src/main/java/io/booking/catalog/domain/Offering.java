package io.booking.catalog.domain;

import io.booking.shared.domain.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;

/**
 * What is booked at a venue: a table for four, a spin class, a court. Each of its slots has {@code
 * capacity} places; one booking takes up to {@code maxPartySize} of them.
 */
@Entity
@Table(name = "offering")
public class Offering {

  /** Slots exist two weeks ahead unless the merchant says otherwise. */
  public static final int DEFAULT_HORIZON_DAYS = 14;

  public static final int MAX_HORIZON_DAYS = 180;

  public static final int MAX_LEAD_MINUTES = 7 * 24 * 60;

  @Id
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "offering_id")
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "venue_id", nullable = false)
  private Venue venue;

  @Column(name = "name", nullable = false, length = 120)
  private String name;

  @Column(name = "duration_minutes", nullable = false)
  private int durationMinutes;

  @Column(name = "capacity", nullable = false)
  private int capacity;

  @Column(name = "max_party_size", nullable = false)
  private int maxPartySize;

  @Embedded private Money price;

  @Column(name = "cancellation_hours", nullable = false)
  private int cancellationHours;

  @Column(name = "lead_minutes", nullable = false)
  private int leadMinutes;

  @Column(name = "horizon_days", nullable = false)
  private int horizonDays = DEFAULT_HORIZON_DAYS;

  @Embedded private PaymentTerms paymentTerms = PaymentTerms.atVenue();

  @Version
  @Column(name = "version")
  private long version;

  protected Offering() {}

  Offering(
      Venue venue,
      String name,
      int durationMinutes,
      int capacity,
      int maxPartySize,
      Money price,
      int cancellationHours) {
    if (durationMinutes < 5 || durationMinutes > 1440) {
      throw new IllegalArgumentException("duration must be 5 minutes to a day");
    }
    if (capacity < 1 || maxPartySize < 1 || maxPartySize > capacity) {
      throw new IllegalArgumentException("need 1 <= max party size <= capacity");
    }
    if (cancellationHours < 0) {
      throw new IllegalArgumentException("cancellation window cannot be negative");
    }
    this.venue = venue;
    this.name = name;
    this.durationMinutes = durationMinutes;
    this.capacity = capacity;
    this.maxPartySize = maxPartySize;
    this.price = price;
    this.cancellationHours = cancellationHours;
  }

  /**
   * The merchant changes the offering. New slots follow at once; the capacity of slots already
   * generated is changed by inventory, which checks the bookings first.
   */
  public void update(
      String name,
      int durationMinutes,
      int capacity,
      int maxPartySize,
      Money price,
      int cancellationHours) {
    Offering checked =
        new Offering(
            venue, name, durationMinutes, capacity, maxPartySize, price, cancellationHours);
    this.name = checked.name;
    this.durationMinutes = checked.durationMinutes;
    this.capacity = checked.capacity;
    this.maxPartySize = checked.maxPartySize;
    this.price = checked.price;
    this.cancellationHours = checked.cancellationHours;
  }

  /**
   * How soon before the start booking closes, and how many days ahead slots exist (today counts as
   * the first).
   */
  public void changeBookingWindow(int leadMinutes, int horizonDays) {
    if (leadMinutes < 0 || leadMinutes > MAX_LEAD_MINUTES) {
      throw new IllegalArgumentException("lead time must be 0 to 7 days");
    }
    if (horizonDays < 1 || horizonDays > MAX_HORIZON_DAYS) {
      throw new IllegalArgumentException("horizon must be 1 to " + MAX_HORIZON_DAYS + " days");
    }
    this.leadMinutes = leadMinutes;
    this.horizonDays = horizonDays;
  }

  /**
   * How bookings pay: at the venue, or online (a deposit or the whole price). A prepaid offering
   * must have a price, and online amounts stay within what {@link Money} holds.
   */
  public void changePaymentTerms(PaymentTerms terms) {
    if (terms.paysOnline() && terms.dueOnline(price, maxPartySize).minorUnits() == 0) {
      throw new IllegalArgumentException("an offering paid online needs an amount above 0");
    }
    this.paymentTerms = terms;
  }

  public PaymentTerms paymentTerms() {
    return paymentTerms;
  }

  /** What a booking of this many people pays online (0 when it pays at the venue). */
  public Money dueOnline(int partySize) {
    return paymentTerms.dueOnline(price, partySize);
  }

  /** Booking closes this long before a slot starts. */
  public Duration leadTime() {
    return Duration.ofMinutes(leadMinutes);
  }

  public int horizonDays() {
    return horizonDays;
  }

  public Long id() {
    return id;
  }

  public Venue venue() {
    return venue;
  }

  public String name() {
    return name;
  }

  public Duration duration() {
    return Duration.ofMinutes(durationMinutes);
  }

  public int capacity() {
    return capacity;
  }

  public int maxPartySize() {
    return maxPartySize;
  }

  /** Why this many people cannot book one place of it together, if they cannot. */
  public java.util.Optional<io.booking.shared.domain.FieldError> partySizeProblem(int partySize) {
    return partySize >= 1 && partySize <= maxPartySize
        ? java.util.Optional.empty()
        : java.util.Optional.of(
            new io.booking.shared.domain.FieldError(
                "partySize", "must be between 1 and " + maxPartySize + " for " + name));
  }

  public Money price() {
    return price;
  }

  /** Free cancellation ends this long before the start. */
  public Duration cancellationWindow() {
    return Duration.ofHours(cancellationHours);
  }
}
