package io.booking.payment.rest;

import io.booking.identity.security.CurrentCaller;
import io.booking.payment.application.SettlementRun;
import io.booking.payment.application.Settlements;
import io.booking.platform.rest.Params;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Every merchant's statements and payouts, and a settlement run now (administrators). */
@Path("v1/admin/settlements")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@Tag(name = "administration")
public class SettlementsResource {

  /** What a run made: the day, its cut-off and the new statements' ids. */
  public record RunJson(
      @Schema(format = "date", description = "The business day (UTC)") String day,
      @Schema(description = "Credits made before this instant were settled") Instant cutOff,
      @Schema(description = "The statements this run made (none when nothing was due)")
          List<Long> statementIds) {

    static RunJson of(SettlementRun run) {
      return new RunJson(run.day().toString(), run.cutOff(), run.statementIds());
    }
  }

  @EJB Settlements settlements;

  @Inject CurrentCaller caller;

  @Inject Clock clock;

  @GET
  @Operation(
      operationId = "listSettlements",
      summary = "Every merchant's statements and payouts of a range of business days")
  @APIResponseSchema(
      value = StatementJson[].class,
      responseCode = "200",
      responseDescription = "Statements with lines and payouts, newest first (at most 1000)")
  @APIResponse(responseCode = "403", description = "The caller is not an administrator")
  @APIResponse(
      responseCode = "422",
      description = "A date that is not YYYY-MM-DD, `to` before `from`, or more than 366 days")
  public List<StatementJson> statements(
      @Parameter(
              description =
                  "The first business day (YYYY-MM-DD, UTC); 30 days before `to` when left out",
              schema = @Schema(type = SchemaType.STRING, format = "date"))
          @QueryParam("from")
          String from,
      @Parameter(
              description = "The last business day (YYYY-MM-DD, UTC); today when left out",
              schema = @Schema(type = SchemaType.STRING, format = "date"))
          @QueryParam("to")
          String to) {
    LocalDate last = Params.date("to", to, Settlements.businessDay(clock.instant()));
    LocalDate first =
        Params.date("from", from, last.minusDays(MerchantStatementsResource.DEFAULT_DAYS));
    return settlements.all(caller.accountId(), first, last).stream()
        .map(StatementJson::of)
        .toList();
  }

  @POST
  @Operation(
      operationId = "runSettlement",
      summary = "Settles a business day now",
      description =
          "Every merchant's payable credits made before the day's end (before now for today)"
              + " become its statement of the day and a payout; a merchant whose day has its"
              + " statement already is left as it is. The nightly job does the same for yesterday.")
  @APIResponseSchema(
      value = RunJson.class,
      responseCode = "200",
      responseDescription = "The statements this run made")
  @APIResponse(responseCode = "403", description = "The caller is not an administrator")
  @APIResponse(responseCode = "422", description = "`day` not a date, or after today")
  public RunJson settle(
      @Parameter(
              description = "The business day (YYYY-MM-DD, UTC); today when left out",
              schema = @Schema(type = SchemaType.STRING, format = "date"))
          @QueryParam("day")
          String day) {
    LocalDate d = Params.date("day", day, Settlements.businessDay(clock.instant()));
    return RunJson.of(settlements.settle(caller.accountId(), d));
  }
}
