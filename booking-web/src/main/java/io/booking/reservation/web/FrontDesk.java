package io.booking.reservation.web;

import io.booking.identity.web.CurrentUser;
import io.booking.platform.web.Pages;
import io.booking.reservation.application.CheckInResult;
import io.booking.reservation.application.DeskDay;
import io.booking.reservation.application.DeskEntry;
import io.booking.reservation.application.DeskVenue;
import io.booking.reservation.application.DoorSlot;
import io.booking.reservation.application.StaffDesk;
import io.booking.reservation.application.WalkIn;
import io.booking.reservation.domain.NoShowWindow;
import io.booking.reservation.domain.NotCheckableException;
import io.booking.reservation.domain.NotTodayException;
import io.booking.reservation.domain.ReservationCode;
import io.booking.reservation.domain.ReservationStatus;
import io.booking.reservation.domain.SlotOverException;
import io.booking.reservation.domain.SlotSoldOutException;
import io.booking.reservation.domain.TooEarlyForNoShowException;
import io.booking.reservation.domain.WrongDayException;
import io.booking.reservation.domain.WrongVenueException;
import io.booking.shared.domain.BusinessConflictException;
import io.booking.shared.domain.FieldError;
import io.booking.shared.domain.InvalidInputException;
import io.booking.shared.domain.UnknownObjectException;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import org.primefaces.PrimeFaces;

/**
 * The staff desk of one venue, phone first: today's list with a search, check-in by typed or
 * scanned code, no-shows after the grace period, and walk-ins. A venue the account does not work at
 * is the 404 page.
 */
@Named
@ViewScoped
public class FrontDesk implements Serializable {

  /** How the last check-in went, for the box above the list. */
  public enum Outcome {
    CHECKED_IN,
    ALREADY,
    REFUSED
  }

  @EJB StaffDesk desk;

  @Inject CurrentUser user;

  @Inject java.time.Clock clock;

  /** Names this view's requests for the idempotency keys of its actions. */
  private final String viewKey = java.util.UUID.randomUUID().toString();

  private String venueParam;
  private Long venueId;
  private List<DeskVenue> venues = List.of();
  private DeskVenue venue;
  private DeskDay day;
  private String search;
  private String code;
  private Outcome outcome;
  private String outcomeText;
  private Long highlighted;
  private List<DoorSlot> doorSlots = List.of();
  private Long walkInSlot;
  private Integer walkInParty = 2;
  private String walkInKey = java.util.UUID.randomUUID().toString();
  private String guestName;

  /** Called by f:viewAction: picks the venue (the only one, or the one asked for) or 404. */
  public void load() {
    venues = desk.venuesOf(user.accountId());
    if (venueParam != null && !venueParam.isBlank()) {
      try {
        venueId = Long.valueOf(venueParam.strip());
      } catch (NumberFormatException notAnId) {
        Pages.notFound();
        return;
      }
    }
    if (venueId == null && venues.size() == 1) {
      venueId = venues.get(0).id();
    }
    if (venueId == null) {
      return;
    }
    venue = venues.stream().filter(v -> v.id() == venueId).findFirst().orElse(null);
    if (venue == null) {
      Pages.notFound();
      return;
    }
    refresh();
  }

  public void refresh() {
    day = desk.reservationsOn(user.accountId(), venueId, null);
  }

  public void checkIn() {
    String typed = code == null ? "" : code.strip();
    if (typed.isEmpty()) {
      Pages.error("desk:code", "desk.code.required");
      return;
    }
    try {
      CheckInResult r = desk.checkIn(user.accountId(), venueId, typed);
      refresh();
      highlighted = r.reservationId();
      DeskEntry line = entry(r.reservationId());
      String who = line == null ? "" : line.customerName();
      int party = line == null ? 0 : line.partySize();
      outcome = r.alreadyCheckedIn() ? Outcome.ALREADY : Outcome.CHECKED_IN;
      outcomeText =
          Pages.text(
              r.alreadyCheckedIn() ? "desk.checkin.already" : "desk.checkin.done",
              forPeople(r.code()),
              who,
              party);
      code = null;
    } catch (WrongVenueException e) {
      refused("desk.refused.wrongVenue", typed);
    } catch (WrongDayException e) {
      refused("desk.refused.wrongDay", typed, e.visitDay().toString());
    } catch (NotCheckableException e) {
      refused("desk.refused.notCheckable", typed, Pages.text("desk.status." + e.status()));
    } catch (UnknownObjectException e) {
      refused("desk.refused.unknown", typed);
    }
  }

  private void refused(String key, Object... args) {
    outcome = Outcome.REFUSED;
    outcomeText = Pages.text(key, args);
    highlighted = null;
  }

  public void markNoShow(long reservationId) {
    try {
      // One key per view and line: a second tap while the first is on its way answers the same.
      DeskEntry e =
          desk.markNoShowOnce(
                  user.accountId(), venueId, reservationId, viewKey + ":no-show:" + reservationId)
              .value();
      Pages.info("desk.noShow.done", forPeople(e.code()), e.customerName());
    } catch (TooEarlyForNoShowException e) {
      Pages.error(null, "desk.noShow.tooEarly");
    } catch (BusinessConflictException | UnknownObjectException e) {
      Pages.error(null, "desk.noShow.notPossible");
    }
    refresh();
  }

  /** Whether the grace period after the start has passed, so a no-show may be marked. */
  public boolean noShowAllowed(DeskEntry e) {
    return e.status() == ReservationStatus.CONFIRMED
        && new NoShowWindow(desk.noShowGrace()).isOpenAt(e.start().toInstant(), clock.instant());
  }

  /** When a no-show may be marked, for the hint beside a confirmed line. */
  public java.time.ZonedDateTime noShowFrom(DeskEntry e) {
    return new NoShowWindow(desk.noShowGrace())
        .opensAt(e.start().toInstant())
        .atZone(e.start().getZone());
  }

  public void openWalkIn() {
    doorSlots = desk.walkInSlots(user.accountId(), venueId);
    walkInSlot = doorSlots.isEmpty() ? null : doorSlots.get(0).slotId();
    walkInParty = 2;
    guestName = null;
    walkInKey = java.util.UUID.randomUUID().toString();
  }

  public void bookWalkIn() {
    if (walkInSlot == null) {
      Pages.error("walkIn:slot", "desk.walkIn.slot.required");
      return;
    }
    try {
      // One key per opening of the dialog: a second tap while the first is on its way books once.
      DeskEntry e =
          desk.walkInOnce(
                  user.accountId(),
                  venueId,
                  new WalkIn(walkInSlot, walkInParty == null ? 0 : walkInParty, guestName),
                  walkInKey)
              .entry();
      walkInKey = java.util.UUID.randomUUID().toString();
      refresh();
      highlighted = e.reservationId();
      outcome = Outcome.CHECKED_IN;
      outcomeText =
          Pages.text("desk.walkIn.done", e.customerName(), e.partySize(), forPeople(e.code()));
      PrimeFaces.current().executeScript("PF('walkInDialog').hide()");
    } catch (InvalidInputException invalid) {
      for (FieldError f : invalid.errors()) {
        if (f.field().equals("guestName")) {
          Pages.error("walkIn:guestName", "desk.walkIn.name.required");
        } else {
          Pages.error("walkIn:party", "desk.walkIn.party.invalid", maxParty());
        }
      }
    } catch (SlotSoldOutException e) {
      Pages.error("walkIn:slot", "desk.walkIn.soldOut", e.available());
      doorSlots = desk.walkInSlots(user.accountId(), venueId);
    } catch (SlotOverException | NotTodayException | UnknownObjectException e) {
      Pages.error("walkIn:slot", "desk.walkIn.slotGone");
      doorSlots = desk.walkInSlots(user.accountId(), venueId);
    }
  }

  /** The largest party the chosen slot takes, for the spinner. */
  public int maxParty() {
    return doorSlots.stream()
        .filter(s -> walkInSlot != null && s.slotId() == walkInSlot)
        .findFirst()
        .map(s -> Math.min(s.maxPartySize(), s.available()))
        .orElse(1);
  }

  /** Today's list, narrowed by the search box to codes or names containing what was typed. */
  public List<DeskEntry> getEntries() {
    if (day == null) {
      return List.of();
    }
    String q = search == null ? "" : search.strip().toLowerCase(Locale.ROOT);
    if (q.isEmpty()) {
      return day.items();
    }
    String asCode = ReservationCode.normalize(q);
    return day.items().stream()
        .filter(
            e ->
                (!asCode.isEmpty() && e.code().contains(asCode))
                    || e.customerName().toLowerCase(Locale.ROOT).contains(q))
        .toList();
  }

  public int getExpectedGuests() {
    return day == null
        ? 0
        : day.items().stream()
            .filter(e -> e.status() != ReservationStatus.CANCELLED)
            .mapToInt(DeskEntry::partySize)
            .sum();
  }

  public long getCheckedIn() {
    return day == null
        ? 0
        : day.items().stream().filter(e -> e.status() == ReservationStatus.CHECKED_IN).count();
  }

  private DeskEntry entry(long reservationId) {
    return day.items().stream()
        .filter(e -> e.reservationId() == reservationId)
        .findFirst()
        .orElse(null);
  }

  public String forPeople(String code) {
    return io.booking.reservation.domain.ReservationCode.forPeople(code);
  }

  public boolean isHighlighted(DeskEntry e) {
    return highlighted != null && highlighted == e.reservationId();
  }

  /** The desk's day, at its start in the venue's zone, for the heading. */
  public ZonedDateTime getToday() {
    return day == null ? null : day.date().atStartOfDay(venue.timeZone());
  }

  public int getAllCount() {
    return day == null ? 0 : day.items().size();
  }

  /** "3 free", for the walk-in time picker. */
  public String free(DoorSlot s) {
    return Pages.text("desk.walkIn.free", s.available());
  }

  /**
   * The {@code venue} view parameter as typed; anything but an id of the caller's venues is 404.
   */
  public String getVenueParam() {
    return venueParam;
  }

  public void setVenueParam(String venueParam) {
    this.venueParam = venueParam;
  }

  public Long getVenueId() {
    return venueId;
  }

  public List<DeskVenue> getVenues() {
    return venues;
  }

  public DeskVenue getVenue() {
    return venue;
  }

  public String getSearch() {
    return search;
  }

  public void setSearch(String search) {
    this.search = search;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public Outcome getOutcome() {
    return outcome;
  }

  public String getOutcomeText() {
    return outcomeText;
  }

  public List<DoorSlot> getDoorSlots() {
    return doorSlots;
  }

  public Long getWalkInSlot() {
    return walkInSlot;
  }

  public void setWalkInSlot(Long walkInSlot) {
    this.walkInSlot = walkInSlot;
  }

  public Integer getWalkInParty() {
    return walkInParty;
  }

  public void setWalkInParty(Integer walkInParty) {
    this.walkInParty = walkInParty;
  }

  public String getGuestName() {
    return guestName;
  }

  public void setGuestName(String guestName) {
    this.guestName = guestName;
  }
}
