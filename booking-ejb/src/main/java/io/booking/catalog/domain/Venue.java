package io.booking.catalog.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/** A place customers visit: a restaurant, a studio, a club. Its time zone rules its schedules. */
@Entity
@Table(name = "venue")
public class Venue {

  @Id
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "venue_id")
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "merchant_id", nullable = false)
  private Merchant merchant;

  @Column(name = "name", nullable = false, length = 120)
  private String name;

  @Enumerated(EnumType.STRING)
  @Column(name = "category", nullable = false, length = 20)
  private Category category;

  @Column(name = "description", nullable = false, length = 2000)
  private String description;

  @Embedded private Address address;

  @Embedded private GeoPoint location;

  @Column(name = "time_zone", nullable = false, length = 64)
  private String timeZone;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @OneToMany(mappedBy = "venue", cascade = CascadeType.PERSIST)
  @OrderBy("id")
  private List<Offering> offerings = new ArrayList<>();

  @ElementCollection
  @CollectionTable(name = "venue_opening_hours", joinColumns = @JoinColumn(name = "venue_id"))
  private List<OpeningHours> openingHours = new ArrayList<>();

  @Column(name = "daily_booking_limit", nullable = false)
  private int dailyBookingLimit = DEFAULT_DAILY_BOOKING_LIMIT;

  @Version
  @Column(name = "version")
  private long version;

  /**
   * Bookings one customer may hold here on one of the venue's days unless the merchant says
   * otherwise: enough for a family's dinner and a class, too few to book out a day by script.
   */
  public static final int DEFAULT_DAILY_BOOKING_LIMIT = 4;

  /** The API's highest capacity: a customer cannot need more bookings in a day than that. */
  public static final int MAX_DAILY_BOOKING_LIMIT = 10_000;

  protected Venue() {}

  public Venue(
      Merchant merchant,
      String name,
      Category category,
      String description,
      Address address,
      GeoPoint location,
      ZoneId timeZone,
      Instant createdAt) {
    this.merchant = merchant;
    this.createdAt = createdAt;
    update(name, category, description, address, location, timeZone);
  }

  /** The merchant changes what customers see; the venue's identity and merchant stay. */
  public void update(
      String name,
      Category category,
      String description,
      Address address,
      GeoPoint location,
      ZoneId timeZone) {
    this.name = name;
    this.category = category;
    this.description = description == null ? "" : description;
    this.address = address;
    this.location = location;
    this.timeZone = timeZone.getId();
  }

  /** The merchant sets how many bookings one customer may hold here on one day. */
  public void limitDailyBookings(int limit) {
    if (limit < 1 || limit > MAX_DAILY_BOOKING_LIMIT) {
      throw new IllegalArgumentException(
          "daily booking limit must be between 1 and " + MAX_DAILY_BOOKING_LIMIT);
    }
    this.dailyBookingLimit = limit;
  }

  public int dailyBookingLimit() {
    return dailyBookingLimit;
  }

  public Offering offer(
      String name,
      int durationMinutes,
      int capacity,
      int maxPartySize,
      io.booking.shared.domain.Money price,
      int cancellationHours) {
    Offering offering =
        new Offering(this, name, durationMinutes, capacity, maxPartySize, price, cancellationHours);
    offerings.add(offering);
    return offering;
  }

  public Long id() {
    return id;
  }

  public Merchant merchant() {
    return merchant;
  }

  public String name() {
    return name;
  }

  public Category category() {
    return category;
  }

  public String description() {
    return description;
  }

  public Address address() {
    return address;
  }

  public GeoPoint location() {
    return location;
  }

  public ZoneId timeZone() {
    return ZoneId.of(timeZone);
  }

  /** The merchant states the opening hours; one entry per weekday at most. */
  public void changeOpeningHours(List<OpeningHours> hours) {
    if (hours.stream().map(OpeningHours::day).distinct().count() != hours.size()) {
      throw new IllegalArgumentException("one opening time per weekday");
    }
    openingHours.clear();
    openingHours.addAll(hours);
  }

  /** By weekday, Monday first. */
  public List<OpeningHours> openingHours() {
    return openingHours.stream().sorted(java.util.Comparator.comparing(OpeningHours::day)).toList();
  }

  public List<Offering> offerings() {
    return List.copyOf(offerings);
  }
}
