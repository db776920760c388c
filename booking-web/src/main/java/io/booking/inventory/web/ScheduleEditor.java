package io.booking.inventory.web;

import io.booking.catalog.application.MerchantCatalog;
import io.booking.catalog.application.OfferingView;
import io.booking.catalog.application.VenueView;
import io.booking.catalog.domain.OpeningHours;
import io.booking.inventory.application.ExtraSpec;
import io.booking.inventory.application.MerchantSchedules;
import io.booking.inventory.application.RuleSpec;
import io.booking.inventory.application.ScheduleChange;
import io.booking.inventory.application.ScheduleView;
import io.booking.platform.web.CurrentUser;
import io.booking.platform.web.Pages;
import io.booking.shared.domain.InvalidInputException;
import io.booking.shared.domain.UnknownObjectException;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * An offering's schedule: weekly rules, extra openings and blackout dates. Saving regenerates the
 * upcoming slots; slots that already hold bookings are kept and listed for the merchant.
 */
@Named
@ViewScoped
public class ScheduleEditor implements Serializable {

  @EJB MerchantSchedules schedules;

  @EJB MerchantCatalog catalog;

  @Inject CurrentUser user;

  private Long offeringId;
  private OfferingView offering;
  private VenueView venue;
  private final List<RuleRow> rules = new ArrayList<>();
  private final List<ExtraRow> extras = new ArrayList<>();
  private List<LocalDate> blackouts = new ArrayList<>();
  private ScheduleChange change;

  public void load() {
    try {
      offering = catalog.offeringOf(user.accountId(), offeringId == null ? -1 : offeringId);
      venue = catalog.venueOf(user.accountId(), offering.venueId());
    } catch (UnknownObjectException e) {
      Pages.notFound();
      return;
    }
    ScheduleView v = schedules.schedule(user.accountId(), offeringId);
    rules.clear();
    v.rules().forEach(r -> rules.add(RuleRow.of(r)));
    extras.clear();
    v.extraOpenings().forEach(e -> extras.add(ExtraRow.of(e)));
    blackouts = new ArrayList<>(v.blackoutDates());
  }

  public void addRule() {
    rules.add(new RuleRow());
  }

  public void removeRule(RuleRow row) {
    rules.remove(row);
  }

  public void addExtra() {
    extras.add(new ExtraRow());
  }

  public void removeExtra(ExtraRow row) {
    extras.remove(row);
  }

  /**
   * One rule per opening-hours day: slots every offering length from opening until the last one
   * that ends by closing time.
   */
  public void fromOpeningHours() {
    if (venue.openingHours().isEmpty()) {
      Pages.error(null, "schedule.noHours");
      return;
    }
    rules.clear();
    for (OpeningHours h : venue.openingHours()) {
      LocalTime last = h.closes().minusMinutes(offering.durationMinutes());
      if (last.isBefore(h.opens())) {
        continue;
      }
      RuleRow row = new RuleRow();
      row.days = new ArrayList<>(List.of(h.day().name()));
      row.first = h.opens().toString();
      row.last = last.toString();
      row.interval = offering.durationMinutes();
      rules.add(row);
    }
  }

  public void save() {
    List<RuleSpec> ruleSpecs = new ArrayList<>();
    List<ExtraSpec> extraSpecs = new ArrayList<>();
    try {
      for (RuleRow r : rules) {
        ruleSpecs.add(r.spec());
      }
      for (ExtraRow e : extras) {
        extraSpecs.add(e.spec());
      }
    } catch (DateTimeParseException | IllegalArgumentException | NullPointerException e) {
      Pages.error(null, "schedule.badTime");
      return;
    }
    try {
      Set<LocalDate> closed = new HashSet<>(blackouts == null ? List.of() : blackouts);
      change =
          schedules.replaceSchedule(user.accountId(), offeringId, ruleSpecs, closed, extraSpecs);
      Pages.info("schedule.saved", change.created(), change.withdrawn());
    } catch (InvalidInputException e) {
      e.errors().forEach(err -> Pages.errorText(null, err.field() + ": " + err.reason()));
    }
  }

  public List<DayOfWeek> getWeekdays() {
    return List.of(DayOfWeek.values());
  }

  public Long getOfferingId() {
    return offeringId;
  }

  public void setOfferingId(Long offeringId) {
    this.offeringId = offeringId;
  }

  public OfferingView getOffering() {
    return offering;
  }

  public VenueView getVenue() {
    return venue;
  }

  public List<RuleRow> getRules() {
    return rules;
  }

  public List<ExtraRow> getExtras() {
    return extras;
  }

  public List<LocalDate> getBlackouts() {
    return blackouts;
  }

  public void setBlackouts(List<LocalDate> blackouts) {
    this.blackouts = blackouts;
  }

  public ScheduleChange getChange() {
    return change;
  }

  /** A weekly rule as typed: days by name, times as HH:mm, every n minutes. */
  public static class RuleRow implements Serializable {
    List<String> days = new ArrayList<>();
    String first = "18:00";
    String last;
    Integer interval;

    static RuleRow of(RuleSpec r) {
      RuleRow row = new RuleRow();
      row.days = new ArrayList<>(r.days().stream().sorted().map(DayOfWeek::name).toList());
      row.first = r.firstStart().toString();
      row.last = r.lastStart().toString();
      row.interval = r.intervalMinutes();
      return row;
    }

    RuleSpec spec() {
      Set<DayOfWeek> on = EnumSet.noneOf(DayOfWeek.class);
      days.forEach(d -> on.add(DayOfWeek.valueOf(d)));
      LocalTime from = LocalTime.parse(first);
      LocalTime to = last == null || last.isBlank() ? from : LocalTime.parse(last);
      return new RuleSpec(on, from, to, interval == null ? 0 : interval);
    }

    public List<String> getDays() {
      return days;
    }

    public void setDays(List<String> days) {
      this.days = days;
    }

    public String getFirst() {
      return first;
    }

    public void setFirst(String first) {
      this.first = first;
    }

    public String getLast() {
      return last;
    }

    public void setLast(String last) {
      this.last = last;
    }

    public Integer getInterval() {
      return interval;
    }

    public void setInterval(Integer interval) {
      this.interval = interval;
    }
  }

  /** An extra opening as typed. */
  public static class ExtraRow implements Serializable {
    LocalDate date;
    String first = "19:00";
    String last;
    Integer interval;

    static ExtraRow of(ExtraSpec e) {
      ExtraRow row = new ExtraRow();
      row.date = e.date();
      row.first = e.firstStart().toString();
      row.last = e.lastStart().toString();
      row.interval = e.intervalMinutes();
      return row;
    }

    ExtraSpec spec() {
      LocalTime from = LocalTime.parse(first);
      LocalTime to = last == null || last.isBlank() ? from : LocalTime.parse(last);
      return new ExtraSpec(date, from, to, interval == null ? 0 : interval);
    }

    public LocalDate getDate() {
      return date;
    }

    public void setDate(LocalDate date) {
      this.date = date;
    }

    public String getFirst() {
      return first;
    }

    public void setFirst(String first) {
      this.first = first;
    }

    public String getLast() {
      return last;
    }

    public void setLast(String last) {
      this.last = last;
    }

    public Integer getInterval() {
      return interval;
    }

    public void setInterval(Integer interval) {
      this.interval = interval;
    }
  }
}
