package io.booking.reservation.web;

import io.booking.catalog.application.MerchantCatalog;
import io.booking.catalog.application.VenueView;
import io.booking.identity.web.CurrentUser;
import io.booking.platform.web.Pages;
import io.booking.reservation.application.DeskEntry;
import io.booking.reservation.application.VenueDashboard;
import io.booking.reservation.application.VenueRevenue;
import io.booking.reservation.domain.ReservationStatus;
import io.booking.shared.domain.InvalidInputException;
import io.booking.shared.domain.Page;
import io.booking.shared.domain.UnknownObjectException;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * A venue's dashboard for its merchant: bookings of a date range in a lazy table (the database
 * pages, sorts and filters), occupancy per day as a chart, the no-show rate, bookings per offering
 * and a CSV export of the range, and the range's money per currency.
 */
@Named
@ViewScoped
public class DashboardPage implements Serializable {

  @EJB VenueDashboard dashboard;

  @EJB MerchantCatalog catalog;

  @EJB VenueRevenue revenue;

  @Inject CurrentUser user;

  private Long venueId;
  private VenueView venue;
  private LocalDate from;
  private LocalDate to;
  private VenueDashboard.Figures figures;
  private List<VenueRevenue.CurrencyFigures> money = List.of();
  private final Bookings bookings = new Bookings();

  public void load() {
    try {
      venue = catalog.venueOf(user.accountId(), venueId == null ? -1 : venueId);
    } catch (UnknownObjectException e) {
      Pages.notFound();
      return;
    }
    LocalDate today = LocalDate.now(venue.timeZone());
    if (from == null) {
      from = today;
    }
    if (to == null) {
      to = from.plusDays(13);
    }
    refresh();
  }

  public void refresh() {
    try {
      figures = dashboard.figures(user.accountId(), venueId, from, to);
      money = revenue.ofVenue(user.accountId(), venueId, from, to);
    } catch (InvalidInputException e) {
      Pages.fieldErrors("range", e);
      figures = null;
      money = List.of();
    }
  }

  /** Chart.js configuration for the occupancy bars, read by p:chart. */
  public String getOccupancyChart() {
    if (figures == null) {
      return "{}";
    }
    JsonArrayBuilder labels = Json.createArrayBuilder();
    JsonArrayBuilder values = Json.createArrayBuilder();
    for (VenueDashboard.DayOccupancy d : figures.occupancy()) {
      labels.add(d.date().toString().substring(5));
      values.add(d.percent());
    }
    return Json.createObjectBuilder()
        .add("type", "bar")
        .add(
            "data",
            Json.createObjectBuilder()
                .add("labels", labels)
                .add(
                    "datasets",
                    Json.createArrayBuilder()
                        .add(
                            Json.createObjectBuilder()
                                .add("label", Pages.text("dashboard.occupancy"))
                                .add("backgroundColor", "#3b82f6")
                                .add("data", values))))
        .add(
            "options",
            Json.createObjectBuilder()
                .add("responsive", true)
                .add("maintainAspectRatio", false)
                .add(
                    "scales",
                    Json.createObjectBuilder()
                        .add(
                            "y",
                            Json.createObjectBuilder().add("beginAtZero", true).add("max", 100))))
        .build()
        .toString();
  }

  public String getExportUrl() {
    return jakarta.faces.context.FacesContext.getCurrentInstance()
            .getExternalContext()
            .getRequestContextPath()
        + "/api/v1/merchant/venues/"
        + venueId
        + "/reservations/export?from="
        + from
        + "&to="
        + to;
  }

  public List<ReservationStatus> getStatuses() {
    return List.of(
        ReservationStatus.CONFIRMED,
        ReservationStatus.CHECKED_IN,
        ReservationStatus.NO_SHOW,
        ReservationStatus.CANCELLED);
  }

  /** The table's rows, one page at a time from the database. */
  public class Bookings extends LazyDataModel<DeskEntry> {

    @Override
    public int count(Map<String, FilterMeta> filters) {
      return (int) page(0, 1, Map.of(), filters).total();
    }

    @Override
    public List<DeskEntry> load(
        int first, int size, Map<String, SortMeta> sorts, Map<String, FilterMeta> filters) {
      Page<DeskEntry> page = page(first, size, sorts, filters);
      setRowCount((int) page.total());
      return page.items();
    }

    @Override
    public String getRowKey(DeskEntry entry) {
      return String.valueOf(entry.reservationId());
    }

    private Page<DeskEntry> page(
        int first, int size, Map<String, SortMeta> sorts, Map<String, FilterMeta> filters) {
      if (figures == null) {
        // The range was refused (its message is beside the dates): show nothing rather than fail.
        return new Page<>(List.of(), 0, Math.max(1, size), 0);
      }
      SortMeta sort = sorts.values().stream().findFirst().orElse(null);
      return dashboard.bookings(
          user.accountId(),
          venueId,
          new VenueDashboard.Query(
              from,
              to,
              status(filters.get("status")),
              text(filters.get("code")),
              sort == null ? "start" : sort.getField(),
              sort == null || sort.getOrder() != SortOrder.DESCENDING,
              first,
              size));
    }

    private ReservationStatus status(FilterMeta f) {
      Object v = f == null ? null : f.getFilterValue();
      if (v == null || v.toString().isBlank()) {
        return null;
      }
      try {
        return ReservationStatus.valueOf(v.toString());
      } catch (IllegalArgumentException e) {
        return null;
      }
    }

    private String text(FilterMeta f) {
      Object v = f == null ? null : f.getFilterValue();
      return v == null ? null : v.toString();
    }
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

  public LocalDate getFrom() {
    return from;
  }

  public void setFrom(LocalDate from) {
    this.from = from;
  }

  public LocalDate getTo() {
    return to;
  }

  public void setTo(LocalDate to) {
    this.to = to;
  }

  public VenueDashboard.Figures getFigures() {
    return figures;
  }

  /** The period's money per currency: paid, refunded, released, commission, held in escrow. */
  public List<VenueRevenue.CurrencyFigures> getMoney() {
    return money;
  }

  public Bookings getBookings() {
    return bookings;
  }
}
