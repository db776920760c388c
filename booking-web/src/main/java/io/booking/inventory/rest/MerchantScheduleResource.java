package io.booking.inventory.rest;

import io.booking.identity.security.CurrentCaller;
import io.booking.inventory.application.ExtraSpec;
import io.booking.inventory.application.MerchantSchedules;
import io.booking.inventory.application.RuleSpec;
import io.booking.inventory.application.ScheduleChange;
import io.booking.inventory.application.ScheduleView;
import io.booking.inventory.application.SlotView;
import io.booking.platform.rest.InvalidParameterException;
import io.booking.shared.domain.DayNames;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * An offering's weekly rules and blackout dates. Replacing them regenerates the upcoming slots and
 * reports the slots that hold bookings and were kept.
 */
@Path("v1/merchant/offerings/{offeringId}/schedule")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@Tag(name = "merchant")
public class MerchantScheduleResource {

  /** "days": ["MON", "TUE"], times as HH:mm in the venue's zone. */
  public record Rule(
      List<String> days,
      @Schema(example = "18:00") String firstStart,
      @Schema(description = "`firstStart` when left out", example = "21:00") String lastStart,
      @Schema(example = "30") Integer intervalMinutes) {}

  /** One date with more slots than the weekly rules give ("an extra evening"). */
  public record Extra(String date, String firstStart, String lastStart, Integer intervalMinutes) {}

  public record Schedule(List<Rule> rules, List<String> blackoutDates, List<Extra> extraOpenings) {}

  public record KeptSlot(long id, OffsetDateTime start, int booked) {}

  public record ScheduleResult(
      List<Rule> rules,
      List<String> blackoutDates,
      List<Extra> extraOpenings,
      int created,
      int withdrawn,
      List<KeptSlot> keptWithBookings) {}

  @EJB MerchantSchedules schedules;

  @Inject CurrentCaller caller;

  @GET
  @Operation(
      operationId = "getSchedule",
      summary = "An offering's weekly rules, closed dates and extra openings")
  @APIResponseSchema(
      value = Schedule.class,
      responseCode = "200",
      responseDescription = "The schedule")
  public Schedule get(@PathParam("offeringId") long offeringId) {
    return json(schedules.schedule(caller.accountId(), offeringId));
  }

  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "replaceSchedule",
      summary = "Replace an offering's schedule; its upcoming slots follow",
      description =
          "Creates the slots the new schedule adds and withdraws those it drops; a slot that holds"
              + " bookings is kept and listed in `keptWithBookings`.")
  @APIResponseSchema(
      value = ScheduleResult.class,
      responseCode = "200",
      responseDescription = "The schedule as it is now, and what changed")
  @APIResponse(responseCode = "422", description = "Rules not valid, each named")
  public ScheduleResult replace(
      @PathParam("offeringId") long offeringId, @NotNull(message = "is required") Schedule body) {
    List<RuleSpec> rules =
        body.rules() == null
            ? List.of()
            : body.rules().stream().map(MerchantScheduleResource::rule).toList();
    Set<LocalDate> blackouts = new LinkedHashSet<>();
    if (body.blackoutDates() != null) {
      for (String d : body.blackoutDates()) {
        try {
          blackouts.add(LocalDate.parse(d));
        } catch (DateTimeParseException | NullPointerException e) {
          throw new InvalidParameterException("blackoutDates", "must be dates as YYYY-MM-DD");
        }
      }
    }
    List<ExtraSpec> extras =
        body.extraOpenings() == null
            ? List.of()
            : body.extraOpenings().stream().map(MerchantScheduleResource::extra).toList();
    ScheduleChange change =
        schedules.replaceSchedule(caller.accountId(), offeringId, rules, blackouts, extras);
    Schedule now = json(schedules.schedule(caller.accountId(), offeringId));
    return new ScheduleResult(
        now.rules(),
        now.blackoutDates(),
        now.extraOpenings(),
        change.created(),
        change.withdrawn(),
        change.keptWithBookings().stream().map(MerchantScheduleResource::kept).toList());
  }

  private static KeptSlot kept(SlotView s) {
    return new KeptSlot(s.id(), s.start().toOffsetDateTime(), s.capacity() - s.available());
  }

  private static RuleSpec rule(Rule r) {
    if (r == null || r.days() == null || r.firstStart() == null) {
      throw new InvalidParameterException("rules", "each rule needs days and firstStart");
    }
    Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
    for (String d : r.days()) {
      days.add(day(d));
    }
    try {
      LocalTime first = LocalTime.parse(r.firstStart());
      LocalTime last = r.lastStart() == null ? first : LocalTime.parse(r.lastStart());
      return new RuleSpec(days, first, last, r.intervalMinutes() == null ? 0 : r.intervalMinutes());
    } catch (DateTimeParseException e) {
      throw new InvalidParameterException("rules", "times must be HH:mm");
    }
  }

  private static ExtraSpec extra(Extra e) {
    if (e == null || e.date() == null || e.firstStart() == null) {
      throw new InvalidParameterException(
          "extraOpenings", "each extra opening needs date and firstStart");
    }
    try {
      LocalTime first = LocalTime.parse(e.firstStart());
      LocalTime last = e.lastStart() == null ? first : LocalTime.parse(e.lastStart());
      return new ExtraSpec(
          LocalDate.parse(e.date()),
          first,
          last,
          e.intervalMinutes() == null ? 0 : e.intervalMinutes());
    } catch (DateTimeParseException ex) {
      throw new InvalidParameterException(
          "extraOpenings", "dates must be YYYY-MM-DD and times HH:mm");
    }
  }

  private static DayOfWeek day(String d) {
    return DayNames.parse(d)
        .orElseThrow(
            () -> new InvalidParameterException("rules", "days must be " + DayNames.EXPECTED));
  }

  private static Schedule json(ScheduleView v) {
    return new Schedule(
        v.rules().stream()
            .map(
                r ->
                    new Rule(
                        r.days().stream().sorted().map(d -> d.name().substring(0, 3)).toList(),
                        r.firstStart().toString(),
                        r.lastStart().toString(),
                        r.intervalMinutes()))
            .toList(),
        v.blackoutDates().stream().map(LocalDate::toString).toList(),
        v.extraOpenings().stream()
            .map(
                e ->
                    new Extra(
                        e.date().toString(),
                        e.firstStart().toString(),
                        e.lastStart().toString(),
                        e.intervalMinutes()))
            .toList());
  }
}
