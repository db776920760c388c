package io.booking.reservation.application;

import io.booking.catalog.domain.Venue;
import io.booking.catalog.domain.VenueRepository;
import io.booking.identity.application.AccountService;
import io.booking.inventory.domain.Slot;
import io.booking.inventory.domain.SlotRepository;
import io.booking.platform.idempotency.Idempotency;
import io.booking.reservation.domain.NotTodayException;
import io.booking.reservation.domain.Reservation;
import io.booking.reservation.domain.ReservationCheckedIn;
import io.booking.reservation.domain.ReservationCode;
import io.booking.reservation.domain.ReservationMarkedNoShow;
import io.booking.reservation.domain.ReservationRepository;
import io.booking.reservation.domain.SlotOverException;
import io.booking.reservation.domain.SlotSoldOutException;
import io.booking.shared.domain.FieldError;
import io.booking.shared.domain.InvalidInputException;
import io.booking.shared.domain.UnknownObjectException;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The door of a venue: the day's list, check-in by code, no-shows and walk-ins. Staff reach only
 * the venues they work at; any other venue is unknown to them. Check-in locks the reservation row,
 * so two desks checking in one code at once check it in once. A walk-in takes its places through
 * the same conditional slot update as an online booking, so together they never overbook.
 */
@Stateless
public class StaffDesk {

  @EJB AccountService accounts;

  @EJB Idempotency idempotency;

  @Inject ReservationRepository reservations;

  @Inject VenueRepository venues;

  @Inject SlotRepository slots;

  @Inject Clock clock;

  @Inject Event<ReservationCheckedIn> checkedIn;

  @Inject Event<ReservationMarkedNoShow> noShows;

  @Resource SessionContext context;

  @Inject VenueDayList dayLists;

  @Inject
  @org.eclipse.microprofile.config.inject.ConfigProperty(
      name = "booking.noshow.grace-minutes",
      defaultValue = "15")
  long graceMinutes;

  /** The venues the account works at, by name. */
  public List<DeskVenue> venuesOf(long staffAccountId) {
    List<DeskVenue> found = new ArrayList<>();
    for (long id : accounts.venuesWorkedAt(staffAccountId)) {
      venues.findById(id).ifPresent(v -> found.add(new DeskVenue(v.id(), v.name(), v.timeZone())));
    }
    found.sort(Comparator.comparing(DeskVenue::name));
    return found;
  }

  /**
   * The venue's bookings on a local day (today in its zone when {@code day} is null), by time;
   * holds that are not confirmed yet are left out.
   */
  public DeskDay reservationsOn(long staffAccountId, long venueId, LocalDate day) {
    return dayLists.of(venueWorkedAt(staffAccountId, venueId), day);
  }

  /** One line of the venue's list; a reservation of another venue is unknown. */
  public DeskEntry reservation(long staffAccountId, long venueId, long reservationId) {
    Venue venue = venueWorkedAt(staffAccountId, venueId);
    Reservation r =
        reservations
            .findById(reservationId)
            .filter(found -> found.venueId() == venueId)
            .orElseThrow(() -> new UnknownObjectException("reservation", reservationId));
    return entry(r, venue.timeZone());
  }

  /** How long after the start staff wait before they may mark a no-show. */
  public Duration noShowGrace() {
    return Duration.ofMinutes(graceMinutes);
  }

  /** Marks a customer who did not come, after the grace period (BOOKING_NOSHOW_GRACE_MINUTES). */
  public DeskEntry markNoShow(long staffAccountId, long venueId, long reservationId) {
    Venue venue = venueWorkedAt(staffAccountId, venueId);
    Reservation r =
        reservations
            .lock(reservationId)
            .filter(found -> found.venueId() == venueId)
            .orElseThrow(() -> new UnknownObjectException("reservation", reservationId));
    Instant now = clock.instant();
    if (r.markNoShow(now, noShowGrace())) {
      noShows.fire(new ReservationMarkedNoShow(r.id(), now));
    }
    return entry(r, venue.timeZone());
  }

  public CheckInResult checkIn(long staffAccountId, long venueId, String typedCode) {
    Venue venue = venueWorkedAt(staffAccountId, venueId);
    String code = ReservationCode.normalize(typedCode);
    long id =
        (ReservationCode.isWellFormed(code) ? reservations.idOfCode(code) : Optional.<Long>empty())
            .orElseThrow(() -> new UnknownObjectException("reservation with the code", typedCode));
    Reservation r = reservations.lock(id).orElseThrow();
    boolean now = r.checkIn(clock.instant(), venueId, venue.timeZone());
    if (now) {
      fireCheckedIn(r);
    }
    return new CheckInResult(r.id(), r.code(), r.status(), !now);
  }

  /**
   * Today's slots (in the venue's zone) that a walk-in can join: not ended yet, withdrawn ones left
   * out, with places left.
   */
  public List<DoorSlot> walkInSlots(long staffAccountId, long venueId) {
    Venue venue = venueWorkedAt(staffAccountId, venueId);
    ZoneId zone = venue.timeZone();
    Instant now = clock.instant();
    LocalDate today = LocalDate.now(clock.withZone(zone));
    return slots
        .findByVenue(
            venueId,
            today.atStartOfDay(zone).toInstant(),
            today.plusDays(1).atStartOfDay(zone).toInstant())
        .stream()
        .filter(s -> s.end().isAfter(now) && s.available() > 0)
        .map(
            s ->
                new DoorSlot(
                    s.id(),
                    s.offering().name(),
                    s.start().atZone(zone),
                    s.end().atZone(zone),
                    s.available(),
                    s.offering().maxPartySize()))
        .toList();
  }

  /**
   * Books a guest without an account who is at the door into one of today's slots that has not
   * ended, and checks them in at once. Payment, if any, happens at the desk, outside the platform.
   */
  public DeskEntry walkIn(long staffAccountId, long venueId, WalkIn walkIn) {
    Venue venue = venueWorkedAt(staffAccountId, venueId);
    ZoneId zone = venue.timeZone();
    Instant now = clock.instant();
    String name = walkIn.guestName() == null ? "" : walkIn.guestName().strip();
    Slot slot =
        slots
            .findById(walkIn.slotId())
            .filter(s -> s.venueId() == venueId && !s.isWithdrawn())
            .orElseThrow(() -> new UnknownObjectException("slot", walkIn.slotId()));
    List<FieldError> errors = new ArrayList<>();
    slot.offering().partySizeProblem(walkIn.partySize()).ifPresent(errors::add);
    if (name.isEmpty()) {
      errors.add(new FieldError("guestName", "is required"));
    } else if (name.length() > WalkIn.MAX_NAME) {
      errors.add(new FieldError("guestName", "must be at most " + WalkIn.MAX_NAME + " characters"));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    LocalDate today = LocalDate.now(clock.withZone(zone));
    LocalDate slotDay = slot.start().atZone(zone).toLocalDate();
    if (!slotDay.equals(today)) {
      throw new NotTodayException(slotDay, today);
    }
    if (!slot.end().isAfter(now)) {
      throw new SlotOverException();
    }
    Instant startOfToday = today.atStartOfDay(zone).toInstant();
    if (!slots.takePlaces(slot.id(), walkIn.partySize(), startOfToday.minusNanos(1000), now)) {
      Slot current = slots.reload(slot.id()).orElseThrow();
      if (!current.end().isAfter(clock.instant())) {
        throw new SlotOverException();
      }
      throw new SlotSoldOutException(walkIn.partySize(), current.available());
    }
    Reservation r =
        Reservation.walkIn(ReservationCode.next(), name, slot, walkIn.partySize(), now, zone);
    reservations.add(r);
    fireCheckedIn(r);
    return entry(r, zone);
  }

  /**
   * A walk-in once per Idempotency-Key of the staff member: a desk that sends the same walk-in
   * again (a retry on a poor connection) gets the first one back and books no second table.
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public WalkInResult walkInOnce(
      long staffAccountId, long venueId, WalkIn walkIn, String idempotencyKey) {
    StaffDesk self = context.getBusinessObject(StaffDesk.class);
    if (idempotencyKey == null) {
      return new WalkInResult(
          FreshCodes.retrying(() -> self.walkIn(staffAccountId, venueId, walkIn)), false);
    }
    String operation =
        "walk-in|"
            + venueId
            + "|"
            + walkIn.slotId()
            + "|"
            + walkIn.partySize()
            + "|"
            + (walkIn.guestName() == null ? "" : walkIn.guestName().strip());
    Idempotency.Outcome<DeskEntry> outcome =
        FreshCodes.retrying(
            () ->
                idempotency.once(
                    staffAccountId,
                    idempotencyKey,
                    operation,
                    "reservation",
                    id -> self.reservation(staffAccountId, venueId, id),
                    () -> produced(self.walkIn(staffAccountId, venueId, walkIn))));
    return new WalkInResult(outcome.value(), outcome.replayed());
  }

  /**
   * Marks a no-show once per Idempotency-Key: the desk's retry answers what the first request did
   * instead of "already a no-show".
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public Idempotency.Outcome<DeskEntry> markNoShowOnce(
      long staffAccountId, long venueId, long reservationId, String idempotencyKey) {
    StaffDesk self = context.getBusinessObject(StaffDesk.class);
    if (idempotencyKey == null) {
      return new Idempotency.Outcome<>(
          self.markNoShow(staffAccountId, venueId, reservationId), false);
    }
    return idempotency.once(
        staffAccountId,
        idempotencyKey,
        "no-show|" + venueId + "|" + reservationId,
        "reservation",
        id -> self.reservation(staffAccountId, venueId, id),
        () -> produced(self.markNoShow(staffAccountId, venueId, reservationId)));
  }

  /**
   * Checks in once per Idempotency-Key. A check-in is harmless to repeat anyway (it answers
   * "already checked in"); the key makes the desk's retry answer like every other action's.
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public Idempotency.Outcome<CheckInResult> checkInOnce(
      long staffAccountId, long venueId, String typedCode, String idempotencyKey) {
    StaffDesk self = context.getBusinessObject(StaffDesk.class);
    if (idempotencyKey == null) {
      return new Idempotency.Outcome<>(self.checkIn(staffAccountId, venueId, typedCode), false);
    }
    return idempotency.once(
        staffAccountId,
        idempotencyKey,
        "check-in|" + venueId + "|" + ReservationCode.normalize(typedCode),
        "reservation",
        id -> {
          DeskEntry e = self.reservation(staffAccountId, venueId, id);
          return new CheckInResult(e.reservationId(), e.code(), e.status(), true);
        },
        () -> {
          CheckInResult r = self.checkIn(staffAccountId, venueId, typedCode);
          return new Idempotency.Produced<>(r, r.reservationId());
        });
  }

  private static Idempotency.Produced<DeskEntry> produced(DeskEntry entry) {
    return new Idempotency.Produced<>(entry, entry.reservationId());
  }

  private void fireCheckedIn(Reservation r) {
    checkedIn.fire(
        new ReservationCheckedIn(
            r.id(), r.code(), r.venueId(), r.accountId(), r.isWalkIn(), r.checkedInAt()));
  }

  private DeskEntry entry(Reservation r, ZoneId zone) {
    Map<Long, String> names =
        r.isWalkIn() ? Map.of() : accounts.displayNames(java.util.Set.of(r.accountId()));
    return VenueDayList.entry(r, zone, names);
  }

  private Venue venueWorkedAt(long staffAccountId, long venueId) {
    if (!accounts.venuesWorkedAt(staffAccountId).contains(venueId)) {
      throw new UnknownObjectException("venue", venueId);
    }
    return venues.findById(venueId).orElseThrow(() -> new UnknownObjectException("venue", venueId));
  }
}
