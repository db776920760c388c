package io.booking.inventory.web;

import io.booking.catalog.application.MerchantCatalog;
import io.booking.catalog.application.OfferingView;
import io.booking.catalog.application.VenueView;
import io.booking.catalog.domain.OpeningHours;
import io.booking.identity.web.CurrentUser;
import io.booking.inventory.application.ExtraSpec;
import io.booking.inventory.application.MerchantSchedules;
import io.booking.inventory.application.RuleSpec;
import io.booking.inventory.application.ScheduleChange;
import io.booking.inventory.application.ScheduleView;
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
      row.fill(h.opens(), last, offering.durationMinutes());
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
      e.errors()
          .forEach(err -> Pages.errorText(null, err.field() + ": " + Pages.reason(err.reason())));
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

  /** Start times as typed: first and last as HH:mm (no last: one start), every n minutes. */
  public abstract static class StartRun implements Serializable {
    String first;
    String last;
    Integer interval;

    void fill(LocalTime firstStart, LocalTime lastStart, int intervalMinutes) {
      first = firstStart.toString();
      last = lastStart.toString();
      interval = intervalMinutes;
    }

    LocalTime from() {
      return LocalTime.parse(first);
    }

    LocalTime to() {
      return last == null || last.isBlank() ? from() : LocalTime.parse(last);
    }

    int minutes() {
      return interval == null ? 0 : interval;
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

  /** A weekly rule as typed: the days by name and its start times. */
  public static class RuleRow extends StartRun {
    List<String> days = new ArrayList<>();

    RuleRow() {
      first = "18:00";
    }

    static RuleRow of(RuleSpec r) {
      RuleRow row = new RuleRow();
      row.days = new ArrayList<>(r.days().stream().sorted().map(DayOfWeek::name).toList());
      row.fill(r.firstStart(), r.lastStart(), r.intervalMinutes());
      return row;
    }

    RuleSpec spec() {
      Set<DayOfWeek> on = EnumSet.noneOf(DayOfWeek.class);
      days.forEach(d -> on.add(DayOfWeek.valueOf(d)));
      return new RuleSpec(on, from(), to(), minutes());
    }

    public List<String> getDays() {
      return days;
    }

    public void setDays(List<String> days) {
      this.days = days;
    }
  }

  /** An extra opening as typed: a date and its start times. */
  public static class ExtraRow extends StartRun {
    LocalDate date;

    ExtraRow() {
      first = "19:00";
    }

    static ExtraRow of(ExtraSpec e) {
      ExtraRow row = new ExtraRow();
      row.date = e.date();
      row.fill(e.firstStart(), e.lastStart(), e.intervalMinutes());
      return row;
    }

    ExtraSpec spec() {
      return new ExtraSpec(date, from(), to(), minutes());
    }

    public LocalDate getDate() {
      return date;
    }

    public void setDate(LocalDate date) {
      this.date = date;
    }
  }
}
