package io.booking.payment.rest;

import io.booking.identity.security.CurrentCaller;
import io.booking.payment.application.Settlements;
import io.booking.payment.application.StatementView;
import io.booking.platform.rest.Params;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The caller's settlement statements with their lines, and one as CSV. Another's is 404. */
@Path("v1/merchant/statements")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@Tag(name = "merchant")
public class MerchantStatementsResource {

  /** How far back a list reaches when {@code from} is left out. */
  static final int DEFAULT_DAYS = 30;

  @EJB Settlements settlements;

  @Inject CurrentCaller caller;

  @Inject Clock clock;

  @GET
  @Operation(
      operationId = "listMerchantStatements",
      summary = "The caller's settlement statements of a range of business days, with their lines")
  @APIResponseSchema(
      value = StatementJson[].class,
      responseCode = "200",
      responseDescription = "Statements, newest first; none for an account that owns no merchant")
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
    LocalDate first = Params.date("from", from, last.minusDays(DEFAULT_DAYS));
    return settlements.statementsOf(caller.accountId(), first, last).stream()
        .map(StatementJson::of)
        .toList();
  }

  @GET
  @Path("{id}/csv")
  @Produces("text/csv")
  @Operation(
      operationId = "exportMerchantStatement",
      summary = "One of the caller's statements as CSV",
      description =
          "RFC 4180 CSV with a header row (statement_id, business_day, currency, kind,"
              + " subject_type, subject_id, credited_at, paid, refunded, gross, commission, net),"
              + " one row per line, amounts as decimal strings. Text cells a spreadsheet would"
              + " run as formulas start with an apostrophe.")
  @APIResponse(
      responseCode = "200",
      description = "The CSV file",
      content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)))
  @APIResponse(responseCode = "404", description = "No such statement of the caller's")
  public Response csv(@PathParam("id") long id) {
    StatementView s = settlements.statementOf(caller.accountId(), id);
    return Response.ok(StatementCsv.of(s))
        .header(
            "Content-Disposition",
            "attachment; filename=\"statement-" + s.id() + "-" + s.businessDay() + ".csv\"")
        .build();
  }
}
