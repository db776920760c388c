package io.booking.testing;

import io.booking.catalog.domain.Address;
import io.booking.catalog.domain.Category;
import io.booking.catalog.domain.GeoPoint;
import io.booking.catalog.domain.Merchant;
import io.booking.catalog.domain.Offering;
import io.booking.catalog.domain.Venue;
import io.booking.catalog.domain.VenueRepository;
import io.booking.identity.application.AccountService;
import io.booking.identity.application.AccountView;
import io.booking.inventory.domain.PlannedSlot;
import io.booking.inventory.domain.Slot;
import io.booking.inventory.domain.SlotRepository;
import io.booking.shared.domain.Money;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

/** Each test makes its own little world through this bean, so tests share nothing. */
@Stateless
public class TestWorld {

  public static final String PASSWORD = "test-pass-2026";

  @EJB AccountService accounts;

  @Inject VenueRepository venues;

  @Inject SlotRepository slots;

  @Inject Clock clock;

  @PersistenceContext(unitName = "booking")
  EntityManager em;

  @jakarta.annotation.Resource(
      lookup = io.booking.platform.infrastructure.SchemaMigration.DATA_SOURCE)
  javax.sql.DataSource dataSource;

  public static String unique(String prefix) {
    return prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
  }

  public long customer() {
    String username = unique("c");
    AccountView a = accounts.register(username, username + "@example.com", PASSWORD, "Customer");
    return a.id();
  }

  /** A venue with one offering in the given zone; returns the offering's id. */
  public long offering(ZoneId zone, int capacity, int maxPartySize, Duration cancellationWindow) {
    long owner = customer();
    Merchant merchant =
        venues.addMerchant(new Merchant(owner, unique("Merchant "), clock.instant()));
    Venue venue =
        venues.addVenue(
            new Venue(
                merchant,
                unique("Venue "),
                Category.RESTAURANT,
                "A test venue",
                new Address("1 Test Street", "Centre", "Testville"),
                new GeoPoint(31.2, 121.4),
                zone,
                clock.instant()));
    Offering offering =
        venue.offer(
            "Table",
            60,
            capacity,
            maxPartySize,
            Money.ofMinor(1000, "EUR"),
            (int) cancellationWindow.toHours());
    return venues.addOffering(offering).id();
  }

  /** A slot of the offering starting at the given instant; returns its id. */
  public long slot(long offeringId, Instant start) {
    Offering offering = venues.findOffering(offeringId).orElseThrow();
    Slot slot = new Slot(offering, new PlannedSlot(start, start.plus(offering.duration())));
    slots.add(slot);
    em.flush();
    return slot.id();
  }

  /** A slot of the offering with its own start and end, e.g. one that has already ended. */
  public long slot(long offeringId, Instant start, Instant end) {
    Offering offering = venues.findOffering(offeringId).orElseThrow();
    Slot slot = new Slot(offering, new PlannedSlot(start, end));
    slots.add(slot);
    em.flush();
    return slot.id();
  }

  public long admin() {
    long admin = customer();
    accounts.grant(admin, io.booking.identity.domain.Role.ADMIN);
    return admin;
  }

  public String usernameOf(long accountId) {
    return accounts.account(accountId).username();
  }

  /** A new account working at the venue. */
  public long staffAt(long venueId) {
    long staff = customer();
    accounts.addStaff(staff, venueId);
    return staff;
  }

  /** A zone whose local date is the same an hour ago, now and in two hours: all of it "today". */
  public static ZoneId zoneWhereTodayLastsTwoMoreHours() {
    Instant now = Instant.now();
    for (String id :
        List.of("Asia/Shanghai", "Europe/Berlin", "America/New_York", "Pacific/Auckland", "UTC")) {
      ZoneId zone = ZoneId.of(id);
      java.time.LocalDate today = now.atZone(zone).toLocalDate();
      if (today.equals(now.plusSeconds(7200).atZone(zone).toLocalDate())
          && today.equals(now.minusSeconds(3600).atZone(zone).toLocalDate())) {
        return zone;
      }
    }
    throw new IllegalStateException("no zone found");
  }

  public long ownerOfVenue(long venueId) {
    return venues.findById(venueId).orElseThrow().merchant().ownerAccountId();
  }

  /** A confirmed reservation written directly, e.g. for a slot that has already started. */
  public long confirmedReservation(long accountId, long slotId, int partySize) {
    return confirmedReservation(
        accountId, slotId, partySize, io.booking.reservation.domain.ReservationCode.next());
  }

  /**
   * A confirmed reservation with the given code, stored as bookings are (one INSERT through the
   * repository); its places are not taken from the slot.
   */
  public long confirmedReservation(long accountId, long slotId, int partySize, String code) {
    io.booking.reservation.domain.Reservation r =
        io.booking.reservation.domain.Reservation.hold(
            code,
            accountId,
            slots.findById(slotId).orElseThrow(),
            partySize,
            io.booking.reservation.domain.BookingSource.direct(
                io.booking.reservation.domain.Channel.DESK),
            clock.instant(),
            clock.instant().plusSeconds(600));
    r.confirm(clock.instant());
    reservations.add(r);
    return r.id();
  }

  public String statusOf(long reservationId) {
    return em.find(io.booking.reservation.domain.Reservation.class, reservationId).status().name();
  }

  public long ownerOfReservation(long reservationId) {
    return em.find(io.booking.reservation.domain.Reservation.class, reservationId).accountId();
  }

  public long venueOf(long offeringId) {
    return venues.findOffering(offeringId).orElseThrow().venue().id();
  }

  public int bookedPlaces(long slotId) {
    return slots.reload(slotId).orElseThrow().booked();
  }

  public long photoCount(long venueId) {
    return em.createQuery("SELECT COUNT(p) FROM VenuePhoto p WHERE p.venueId = :v", Long.class)
        .setParameter("v", venueId)
        .getSingleResult();
  }

  public int capacityOf(long slotId) {
    return slots.reload(slotId).orElseThrow().capacity();
  }

  public long reservationsInSlot(long slotId, String status) {
    return em.createQuery(
            "SELECT COUNT(r) FROM Reservation r WHERE r.slot.id = :slot AND r.status ="
                + " io.booking.reservation.domain.ReservationStatus."
                + status,
            Long.class)
        .setParameter("slot", slotId)
        .getSingleResult();
  }

  /** "H2", "MySQL" or "MariaDB": the database the container talks to. */
  public String databaseProduct() {
    try (java.sql.Connection c = dataSource.getConnection()) {
      return c.getMetaData().getDatabaseProductName();
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  public boolean onMySql() {
    String product = databaseProduct();
    return product.equals("MySQL") || product.equals("MariaDB");
  }

  @Inject io.booking.reservation.domain.ReservationRepository reservations;

  /** Online booking of the offering closes this many minutes before each start. */
  public void leadMinutes(long offeringId, int minutes) {
    Offering offering = venues.findOffering(offeringId).orElseThrow();
    offering.changeBookingWindow(minutes, offering.horizonDays());
  }

  /** The refunds decided for a payment, in minor units (whatever their state at the provider). */
  public long refundRequested(long paymentId) {
    return ((Number)
            em.createNativeQuery(
                    "SELECT COALESCE(SUM(amount_minor), 0) FROM payment_refund WHERE payment_id = ?")
                .setParameter(1, paymentId)
                .getSingleResult())
        .longValue();
  }

  /** The merchant that runs the venue. */
  public long merchantOfVenue(long venueId) {
    return venues.findById(venueId).orElseThrow().merchant().id();
  }

  /** How the offering's bookings pay. */
  public void payOnline(long offeringId, io.booking.catalog.domain.PaymentTerms terms) {
    venues.findOffering(offeringId).orElseThrow().changePaymentTerms(terms);
  }

  /** How many bookings one customer may hold at the venue on one of its days. */
  public void limitDailyBookings(long venueId, int limit) {
    venues.findById(venueId).orElseThrow().limitDailyBookings(limit);
  }

  /** Takes a slot without bookings off sale. */
  public void withdraw(long slotId) {
    if (!slots.findById(slotId).orElseThrow().withdraw()) {
      throw new IllegalStateException("slot " + slotId + " has bookings");
    }
  }

  public long countWithCode(String code) {
    return em.createQuery(
            "SELECT COUNT(r) FROM io.booking.reservation.domain.Reservation r WHERE r.code = :code",
            Long.class)
        .setParameter("code", code)
        .getSingleResult();
  }

  /**
   * A hold taken at {@code heldAt} that lapses at {@code expiresAt}, written directly: one that
   * lapsed in the past is one nobody released, as if the server had been down since. Its places are
   * taken from the slot, as holds take them.
   */
  public long heldReservation(
      long accountId, long slotId, int partySize, Instant heldAt, Instant expiresAt) {
    return heldReservations(accountId, slotId, partySize, 1, heldAt, expiresAt).get(0);
  }

  /** {@code count} such holds of the account in the slot, each for {@code partySize}. */
  public List<Long> heldReservations(
      long accountId, long slotId, int partySize, int count, Instant heldAt, Instant expiresAt) {
    if (!slots.takePlaces(slotId, partySize * count, clock.instant())) {
      throw new IllegalStateException("slot " + slotId + " has no room for the holds");
    }
    io.booking.inventory.domain.Slot slot = slots.findById(slotId).orElseThrow();
    List<Long> ids = new java.util.ArrayList<>();
    for (int i = 0; i < count; i++) {
      io.booking.reservation.domain.Reservation r =
          io.booking.reservation.domain.Reservation.hold(
              io.booking.reservation.domain.ReservationCode.next(),
              accountId,
              slot,
              partySize,
              io.booking.reservation.domain.BookingSource.direct(
                  io.booking.reservation.domain.Channel.API),
              heldAt,
              expiresAt);
      reservations.add(r);
      ids.add(r.id());
    }
    return ids;
  }

  /** {@code count} confirmed reservations of the account in the slot, written in one go. */
  public List<Long> confirmedReservations(long accountId, long slotId, int count) {
    List<Long> ids = new java.util.ArrayList<>();
    for (int i = 0; i < count; i++) {
      ids.add(confirmedReservation(accountId, slotId, 1));
    }
    return ids;
  }

  /** How many of the reservations have the status. */
  public long countWithStatus(java.util.Collection<Long> reservationIds, String status) {
    return reservationIds.stream().filter(id -> statusOf(id).equals(status)).count();
  }

  /** The starts of the offering's slots in [from, to). */
  public java.util.Set<Instant> slotStarts(long offeringId, Instant from, Instant to) {
    return slots.startsOf(offeringId, from, to);
  }

  public int horizonDays(long offeringId) {
    return venues.findOffering(offeringId).orElseThrow().horizonDays();
  }

  /**
   * What a DATETIME column of one row holds, read by plain SQL past JPA and its converters: the
   * wall-clock value exactly as stored.
   */
  public java.time.LocalDateTime storedDateTime(String table, String column, long id) {
    try (java.sql.Connection c = dataSource.getConnection();
        java.sql.PreparedStatement s =
            c.prepareStatement("SELECT " + column + " FROM " + table + " WHERE id = ?")) {
      s.setLong(1, id);
      try (java.sql.ResultSet rs = s.executeQuery()) {
        if (!rs.next()) {
          throw new IllegalStateException("no " + table + " row " + id);
        }
        return rs.getObject(1, java.time.LocalDateTime.class);
      }
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Writes a DATETIME column of one row by plain SQL, past JPA and its converters. */
  public void storeDateTime(String table, String column, long id, java.time.LocalDateTime value) {
    try (java.sql.Connection c = dataSource.getConnection();
        java.sql.PreparedStatement s =
            c.prepareStatement("UPDATE " + table + " SET " + column + " = ? WHERE id = ?")) {
      s.setObject(1, value);
      s.setLong(2, id);
      if (s.executeUpdate() != 1) {
        throw new IllegalStateException("no " + table + " row " + id);
      }
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Writes a DATE column of one row by plain SQL (a statement's business day, say). */
  public void storeDate(String table, String column, long id, java.time.LocalDate value) {
    try (java.sql.Connection c = dataSource.getConnection();
        java.sql.PreparedStatement s =
            c.prepareStatement("UPDATE " + table + " SET " + column + " = ? WHERE id = ?")) {
      s.setObject(1, value);
      s.setLong(2, id);
      if (s.executeUpdate() != 1) {
        throw new IllegalStateException("no " + table + " row " + id);
      }
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Runs an UPDATE by plain SQL, past JPA (what a server that stopped mid-way left behind). */
  public int update(String sql, Object... parameters) {
    try (java.sql.Connection c = dataSource.getConnection();
        java.sql.PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        s.setObject(i + 1, parameters[i]);
      }
      return s.executeUpdate();
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The first column of the first row of a query with one parameter, as text; null for none. */
  public String queryText(String sql, Object parameter) {
    try (java.sql.Connection c = dataSource.getConnection();
        java.sql.PreparedStatement s = c.prepareStatement(sql)) {
      s.setObject(1, parameter);
      try (java.sql.ResultSet rs = s.executeQuery()) {
        return rs.next() ? rs.getString(1) : null;
      }
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The slot's start as JPA reads it from the database now. */
  public Instant storedStart(long slotId) {
    return slots.reload(slotId).orElseThrow().start();
  }

  @jakarta.annotation.Resource jakarta.ejb.TimerService timerService;

  /**
   * Every timer the container keeps for this application, as "second minute hour persistent", e.g.
   * "*&#47;30 * * false".
   */
  public List<String> timerSchedules() {
    return timerService.getAllTimers().stream()
        .filter(jakarta.ejb.Timer::isCalendarTimer)
        .map(
            t ->
                t.getSchedule().getSecond()
                    + " "
                    + t.getSchedule().getMinute()
                    + " "
                    + t.getSchedule().getHour()
                    + " "
                    + t.isPersistent())
        .toList();
  }

  /** The schedule of an {@code @Schedule} method in the form {@link #timerSchedules} lists. */
  public static String scheduleOf(jakarta.ejb.Schedule s) {
    return s.second() + " " + s.minute() + " " + s.hour() + " " + s.persistent();
  }

  /** Each table's id_sequence row (the last id handed out in a block) beside its highest id. */
  public java.util.Map<String, long[]> idSequences() {
    java.util.Map<String, long[]> found = new java.util.TreeMap<>();
    try (java.sql.Connection c = dataSource.getConnection();
        java.sql.Statement s = c.createStatement();
        java.sql.ResultSet rs = s.executeQuery("SELECT name, next_val FROM id_sequence")) {
      while (rs.next()) {
        found.put(rs.getString(1), new long[] {rs.getLong(2), 0});
      }
      for (java.util.Map.Entry<String, long[]> e : found.entrySet()) {
        try (java.sql.ResultSet max =
            s.executeQuery("SELECT COALESCE(MAX(id), 0) FROM " + e.getKey())) {
          max.next();
          e.getValue()[1] = max.getLong(1);
        }
      }
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
    return found;
  }
}
