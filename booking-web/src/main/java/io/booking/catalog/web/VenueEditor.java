package io.booking.catalog.web;

import io.booking.catalog.application.MerchantCatalog;
import io.booking.catalog.application.VenuePhotos;
import io.booking.catalog.application.VenueSpec;
import io.booking.catalog.application.VenueStaff;
import io.booking.catalog.application.VenueView;
import io.booking.catalog.domain.Category;
import io.booking.catalog.domain.OpeningHours;
import io.booking.identity.application.AccountView;
import io.booking.identity.web.CurrentUser;
import io.booking.platform.web.Pages;
import io.booking.shared.domain.DomainException;
import io.booking.shared.domain.InvalidInputException;
import io.booking.shared.domain.UnknownObjectException;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import org.primefaces.event.FileUploadEvent;

/**
 * A merchant's venue: its details and opening hours, photos and staff. Without an id it opens a new
 * venue. A venue that is not the merchant's is "not found", as in the API. The page's offerings
 * (add, change) are inventory's {@code OfferingEditor}: a changed offering changes its slots.
 */
@Named
@ViewScoped
public class VenueEditor implements Serializable {

  /** The page's message boxes besides the top one (which shows the venue's own messages). */
  private static final String PHOTOS = "photos", STAFF = "staff";

  @EJB MerchantCatalog catalog;

  @EJB VenuePhotos photos;

  @EJB VenueStaff staff;

  @Inject CurrentUser user;

  private Long venueId;
  private VenueView venue;
  private final VenueForm form = new VenueForm();
  private final List<DayRow> hours = new ArrayList<>();
  private List<AccountView> team = List.of();
  private String invitee;

  /** Called by f:viewAction once the view parameters are set. */
  public void load() {
    hours.clear();
    for (DayOfWeek day : DayOfWeek.values()) {
      hours.add(new DayRow(day));
    }
    if (venueId == null) {
      form.timeZone = "Asia/Shanghai";
      form.dailyBookingLimit = VenueSpec.DEFAULT_DAILY_BOOKING_LIMIT;
      form.category = Category.RESTAURANT;
      return;
    }
    try {
      refresh();
    } catch (UnknownObjectException e) {
      Pages.notFound();
      return;
    }
    form.fill(venue);
    for (OpeningHours h : venue.openingHours()) {
      DayRow row = hours.get(h.day().ordinal());
      row.open = true;
      row.opens = h.opens().toString();
      row.closes = h.closes().toString();
    }
  }

  /** Reads the venue and its staff again, after a change here or in {@code OfferingEditor}. */
  public void refresh() {
    venue = catalog.venueOf(user.accountId(), venueId);
    team = staff.staffOf(user.accountId(), venueId);
  }

  public String save() {
    VenueSpec spec = form.spec(hours);
    try {
      if (venueId == null) {
        VenueView created = catalog.createVenue(user.accountId(), spec);
        Pages.info("venue.created", created.name());
        return "/merchant/venue?faces-redirect=true&id=" + created.id();
      }
      venue = catalog.updateVenue(user.accountId(), venueId, spec);
      Pages.info("venue.saved");
    } catch (InvalidInputException e) {
      Pages.fieldErrors("venueForm", e);
    } catch (DomainException e) {
      Pages.errorText(null, Pages.problem("venue.", e));
    }
    return null;
  }

  public void upload(FileUploadEvent event) {
    try (InputStream in = event.getFile().getInputStream()) {
      photos.add(user.accountId(), venueId, in.readNBytes(VenuePhotos.MAX_BYTES + 1));
      Pages.infoIn(PHOTOS, "photo.added");
    } catch (InvalidInputException e) {
      Pages.errorText(
          PHOTOS, Pages.text("photo.refused") + " " + Pages.reason(e.errors().get(0).reason()));
    } catch (IOException e) {
      Pages.error(PHOTOS, "photo.unreadable");
    }
    refresh();
  }

  public void removePhoto(long photoId) {
    photos.remove(user.accountId(), venueId, photoId);
    refresh();
  }

  public void invite() {
    try {
      AccountView added = staff.invite(user.accountId(), venueId, invitee);
      Pages.infoIn(STAFF, "staff.invited", added.displayName());
      invitee = null;
    } catch (UnknownObjectException e) {
      Pages.error("staffForm:invitee", "staff.unknown");
    } catch (DomainException e) {
      Pages.errorText("staffForm:invitee", Pages.problem("staff.", e));
    }
    refresh();
  }

  public void removeStaff(long accountId) {
    staff.remove(user.accountId(), venueId, accountId);
    Pages.infoIn(STAFF, "staff.removed");
    refresh();
  }

  public List<Category> getCategories() {
    return Arrays.asList(Category.values());
  }

  /** Zones people pick from; the venue's own stays selectable even if unusual. */
  public List<String> getZones() {
    TreeSet<String> zones = new TreeSet<>();
    for (String id : ZoneId.getAvailableZoneIds()) {
      if (id.contains("/") && !id.startsWith("Etc/") && !id.startsWith("SystemV/")) {
        zones.add(id);
      }
    }
    return List.copyOf(zones);
  }

  public String photoUrl(long photoId) {
    return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
        + io.booking.catalog.rest.VenuesResource.photoPath(venueId, photoId);
  }

  public long getMaxPhotoBytes() {
    return VenuePhotos.MAX_BYTES;
  }

  public Long getVenueId() {
    return venueId;
  }

  public void setVenueId(Long venueId) {
    this.venueId = venueId;
  }

  public VenueView getVenue() {
    return venue;
  }

  public VenueForm getForm() {
    return form;
  }

  public List<DayRow> getHours() {
    return hours;
  }

  public List<AccountView> getTeam() {
    return team;
  }

  public String getInvitee() {
    return invitee;
  }

  public void setInvitee(String invitee) {
    this.invitee = invitee;
  }

  /** The venue fields as typed. */
  public static class VenueForm implements Serializable {
    public String name;
    public Category category;
    public String description;
    public String street;
    public String district;
    public String city;
    public Double latitude;
    public Double longitude;
    public String timeZone;
    public Integer dailyBookingLimit;

    void fill(VenueView v) {
      name = v.name();
      category = v.category();
      description = v.description();
      street = v.street();
      district = v.district();
      city = v.city();
      latitude = v.latitude();
      longitude = v.longitude();
      timeZone = v.timeZone().getId();
      dailyBookingLimit = v.dailyBookingLimit();
    }

    VenueSpec spec(List<DayRow> hours) {
      return new VenueSpec(
          name,
          category == null ? null : category.name(),
          description,
          street,
          district,
          city,
          latitude,
          longitude,
          timeZone,
          hours.stream()
              .filter(h -> h.open)
              .map(h -> new VenueSpec.DayHours(h.day.name(), h.opens, h.closes))
              .toList(),
          dailyBookingLimit);
    }

    // Getters and setters for EL, which does not read public fields.
    public String getName() {
      return name;
    }

    public void setName(String v) {
      name = v;
    }

    public Category getCategory() {
      return category;
    }

    public void setCategory(Category v) {
      category = v;
    }

    public String getDescription() {
      return description;
    }

    public void setDescription(String v) {
      description = v;
    }

    public String getStreet() {
      return street;
    }

    public void setStreet(String v) {
      street = v;
    }

    public String getDistrict() {
      return district;
    }

    public void setDistrict(String v) {
      district = v;
    }

    public String getCity() {
      return city;
    }

    public void setCity(String v) {
      city = v;
    }

    public Double getLatitude() {
      return latitude;
    }

    public void setLatitude(Double v) {
      latitude = v;
    }

    public Double getLongitude() {
      return longitude;
    }

    public void setLongitude(Double v) {
      longitude = v;
    }

    public Integer getDailyBookingLimit() {
      return dailyBookingLimit;
    }

    public void setDailyBookingLimit(Integer v) {
      dailyBookingLimit = v;
    }

    public String getTimeZone() {
      return timeZone;
    }

    public void setTimeZone(String v) {
      timeZone = v;
    }
  }

  /** One weekday's opening hours as typed ("09:00"). */
  public static class DayRow implements Serializable {
    final DayOfWeek day;
    boolean open;
    String opens = "09:00";
    String closes = "18:00";

    DayRow(DayOfWeek day) {
      this.day = day;
    }

    public DayOfWeek getDay() {
      return day;
    }

    public boolean isOpen() {
      return open;
    }

    public void setOpen(boolean open) {
      this.open = open;
    }

    public String getOpens() {
      return opens;
    }

    public void setOpens(String opens) {
      this.opens = opens;
    }

    public String getCloses() {
      return closes;
    }

    public void setCloses(String closes) {
      this.closes = closes;
    }
  }
}
