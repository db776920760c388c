package io.booking.inventory.web;

import io.booking.catalog.application.CatalogService;
import io.booking.catalog.application.OfferingView;
import io.booking.catalog.application.VenueView;
import io.booking.inventory.application.AvailabilityService;
import io.booking.inventory.application.SlotView;
import io.booking.platform.web.Pages;
import io.booking.shared.domain.UnknownObjectException;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A venue: what it is, where, when it is open, and a slot picker by day. The catalog's venue with
 * the inventory's slots, so the page is inventory's (a later context may use an earlier one).
 */
@Named
@ViewScoped
public class VenuePage implements Serializable {

  @EJB CatalogService catalog;

  @EJB AvailabilityService availability;

  private Long venueId;
  private VenueView venue;
  private LocalDate day;
  private Long offeringId;
  private Integer partySize;
  private Long slotId;
  private List<SlotView> slots = List.of();
  private Map<DayOfWeek, String> hours = Map.of();

  /** Called by f:viewAction once the view parameters are set. */
  public void load() {
    if (venueId == null) {
      Pages.notFound();
      return;
    }
    try {
      venue = catalog.venue(venueId);
    } catch (UnknownObjectException e) {
      Pages.notFound();
      return;
    }
    hours = availability.openingHours(venueId);
    if (offeringId == null || venue.offerings().stream().noneMatch(o -> o.id() == offeringId)) {
      offeringId = venue.offerings().isEmpty() ? null : venue.offerings().get(0).id();
    }
    if (day == null || day.isBefore(getToday()) || day.isAfter(getLastDay())) {
      day = getToday();
    }
    if (partySize == null || partySize < 1 || partySize > getMaxPartySize()) {
      partySize = Math.min(2, getMaxPartySize());
    }
    refreshSlots();
  }

  public void refreshSlots() {
    slotId = null;
    // Another offering may book less far ahead than the day picked for the last one.
    if (day.isAfter(getLastDay())) {
      day = getLastDay();
    }
    slots = offeringId == null ? List.of() : availability.slotsOf(venueId, day, day, offeringId);
  }

  public void pick(long id) {
    slotId = id;
  }

  public boolean isPicked(long id) {
    return slotId != null && slotId == id;
  }

  /** Canbook: enough places left for the party. */
  public boolean fits(SlotView slot) {
    return partySize != null && slot.available() >= partySize;
  }

  public String book() {
    if (slotId == null) {
      Pages.error(null, "venue.pickSlot");
      return null;
    }
    return "/book?faces-redirect=true&slot=" + slotId + "&party=" + partySize;
  }

  public OfferingView getOffering() {
    return venue.offerings().stream()
        .filter(o -> offeringId != null && o.id() == offeringId)
        .findFirst()
        .orElse(null);
  }

  public int getMaxPartySize() {
    OfferingView o = venue == null ? null : getOffering();
    return o == null ? 1 : o.maxPartySize();
  }

  public LocalDate getToday() {
    return LocalDate.now(venue.timeZone());
  }

  /** The last day the chosen offering takes bookings for: its horizon, counted from today. */
  public LocalDate getLastDay() {
    OfferingView o = getOffering();
    int horizon = o == null ? OfferingView.DEFAULT_HORIZON_DAYS : o.horizonDays();
    return getToday().plusDays(Math.max(0, horizon - 1));
  }

  public String getMapUrl() {
    return "https://www.openstreetmap.org/?mlat="
        + venue.latitude()
        + "&mlon="
        + venue.longitude()
        + "#map=17/"
        + venue.latitude()
        + "/"
        + venue.longitude()
        + "&query="
        + URLEncoder.encode(venue.name(), StandardCharsets.UTF_8);
  }

  public List<DayOfWeek> getWeek() {
    return List.of(DayOfWeek.values());
  }

  public Map<DayOfWeek, String> getHours() {
    return hours;
  }

  public VenueView getVenue() {
    return venue;
  }

  public List<SlotView> getSlots() {
    return slots;
  }

  public Long getVenueId() {
    return venueId;
  }

  public void setVenueId(Long venueId) {
    this.venueId = venueId;
  }

  public LocalDate getDay() {
    return day;
  }

  public void setDay(LocalDate day) {
    this.day = day;
  }

  public Long getOfferingId() {
    return offeringId;
  }

  public void setOfferingId(Long offeringId) {
    this.offeringId = offeringId;
  }

  public Integer getPartySize() {
    return partySize;
  }

  public void setPartySize(Integer partySize) {
    this.partySize = partySize;
  }

  public Long getSlotId() {
    return slotId;
  }
}
