package io.booking.reservation.rest;

import io.booking.identity.security.CurrentCaller;
import io.booking.platform.rest.Params;
import io.booking.reservation.application.DeskEntry;
import io.booking.reservation.application.MerchantBookings;
import io.booking.reservation.application.VenueDashboard;
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
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The bookings of a merchant's venue: a day's list and a CSV export. Another's venue is 404. */
@Path("v1/merchant/venues/{venueId}/reservations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@Tag(name = "merchant")
public class MerchantBookingsResource {

  @EJB MerchantBookings bookings;

  @EJB VenueDashboard dashboard;

  @Inject CurrentCaller caller;

  /** The venue's bookings of a day; {@code date} defaults to today in the venue's zone. */
  @GET
  @Operation(operationId = "listVenueBookings", summary = "The venue's bookings of a day")
  @APIResponseSchema(
      value = DeskList.class,
      responseCode = "200",
      responseDescription = "The day's bookings, by start")
  public DeskList reservations(
      @PathParam("venueId") long venueId,
      @Parameter(
              description = "A local date (YYYY-MM-DD); today in the venue's zone when left out",
              schema = @Schema(type = SchemaType.STRING, format = "date"))
          @QueryParam("date")
          String date) {
    return DeskList.of(
        bookings.bookingsOn(caller.accountId(), venueId, Params.date("date", date, null)));
  }

  /**
   * The bookings of a range of local days as CSV (a spreadsheet opens it). Cells that a spreadsheet
   * would run as a formula are prefixed with an apostrophe.
   */
  @GET
  @Path("export")
  @Produces("text/csv")
  @Operation(
      operationId = "exportVenueBookings",
      summary = "The venue's bookings of a date range, as CSV",
      description =
          "RFC 4180 CSV with a header row (code, start, offering, party_size, customer, status,"
              + " reservation_id); at most 366 days. Cells a spreadsheet would run as formulas"
              + " start with an apostrophe.")
  @APIResponse(
      responseCode = "200",
      description = "The CSV file",
      content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)))
  @APIResponse(
      responseCode = "422",
      description = "`from` or `to` missing, `to` before `from`, or more than 366 days")
  public Response export(
      @PathParam("venueId") long venueId,
      @Parameter(
              required = true,
              description = "The first local date (YYYY-MM-DD)",
              schema = @Schema(type = SchemaType.STRING, format = "date"))
          @QueryParam("from")
          String from,
      @Parameter(
              description = "The last local date (YYYY-MM-DD); `from` when left out",
              schema = @Schema(type = SchemaType.STRING, format = "date"))
          @QueryParam("to")
          String to) {
    LocalDate first = Params.date("from", from, null);
    LocalDate last = Params.date("to", to, first);
    List<DeskEntry> rows = dashboard.export(caller.accountId(), venueId, first, last);
    StringWriter out = new StringWriter();
    try (CSVPrinter csv =
        new CSVPrinter(
            out,
            CSVFormat.RFC4180
                .builder()
                .setHeader(
                    "code",
                    "start",
                    "offering",
                    "party_size",
                    "customer",
                    "status",
                    "reservation_id")
                .get())) {
      for (DeskEntry r : rows) {
        csv.printRecord(
            r.code(),
            r.start().toOffsetDateTime().toString(),
            safe(r.offeringName()),
            r.partySize(),
            safe(r.customerName()),
            r.status().name(),
            r.reservationId());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Response.ok(out.toString())
        .header(
            "Content-Disposition",
            "attachment; filename=\"bookings-" + venueId + "-" + first + "-" + last + ".csv\"")
        .build();
  }

  private static String safe(String cell) {
    return cell != null && !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0
        ? "'" + cell
        : cell;
  }
}
