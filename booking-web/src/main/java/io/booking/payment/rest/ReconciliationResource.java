package io.booking.payment.rest;

import static io.booking.payment.rest.LedgerResource.money;

import io.booking.identity.security.CurrentCaller;
import io.booking.payment.application.Reconciliation;
import io.booking.payment.application.ReconciliationView;
import io.booking.payment.domain.Finding;
import io.booking.platform.rest.MoneyJson;
import io.booking.shared.domain.Money;
import io.booking.shared.domain.UnknownObjectException;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The reconciliation of the ledger with the payment provider (docs/decisions/0027): the last run
 * and its mismatches, and a run now; administrators only (403 for anyone else).
 */
@Path("v1/admin/reconciliation")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@Tag(name = "administration")
public class ReconciliationResource {

  /** One disagreement between the ledger and the provider, or a broken ledger rule. */
  public record MismatchJson(
      @Schema(
              enumeration = {
                "missing-in-ledger",
                "missing-at-provider",
                "amount-differs",
                "ledger-invariant"
              })
          String kind,
      @Schema(
              description =
                  "What it is about: the provider's transaction id, `payment <id>`, or the ledger"
                      + " rule broken")
          String reference,
      @Schema(description = "The provider's amount; absent when the provider has none")
          MoneyJson providerAmount,
      @Schema(description = "The platform's amount; absent when the platform has none")
          MoneyJson platformAmount,
      String detail) {

    static MismatchJson of(Finding f) {
      return new MismatchJson(
          f.kind(), f.reference(), json(f.providerAmount()), json(f.platformAmount()), f.detail());
    }

    private static MoneyJson json(Money m) {
      return m == null ? null : money(m.minorUnits(), m.currency());
    }
  }

  /** A run: the window compared, what matched, what did not. */
  public record ReconciliationJson(
      long id,
      @Schema(enumeration = {"DAILY", "ON_DEMAND"}) String trigger,
      @Schema(
              format = "date",
              description = "The daily job's day; absent for a run an administrator started")
          String runDay,
      String provider,
      @Schema(description = "The window compared: records from this instant") Instant windowFrom,
      @Schema(description = "…up to (not including) this one") Instant windowTo,
      Instant startedAt,
      Instant finishedAt,
      @Schema(
              description =
                  "The provider's charges, refunds and payouts in the window that matched")
          int matched,
      @Schema(description = "How many mismatches were found (at most 500 are listed)")
          int mismatchCount,
      @Schema(enumeration = {"CLEAN", "MISMATCHED"}) String status,
      List<MismatchJson> mismatches) {

    static ReconciliationJson of(ReconciliationView v) {
      return new ReconciliationJson(
          v.id(),
          v.trigger(),
          v.runDay() == null ? null : v.runDay().toString(),
          v.provider(),
          v.windowFrom(),
          v.windowTo(),
          v.startedAt(),
          v.finishedAt(),
          v.matched(),
          v.mismatchCount(),
          v.status(),
          v.mismatches().stream().map(MismatchJson::of).toList());
    }
  }

  @EJB Reconciliation reconciliation;

  @Inject CurrentCaller caller;

  @Context UriInfo uri;

  @GET
  @Operation(
      operationId = "getLastReconciliation",
      summary = "The last reconciliation of the ledger with the provider (administrators)")
  @APIResponseSchema(
      value = ReconciliationJson.class,
      responseCode = "200",
      responseDescription = "The run started last, with its mismatches")
  @APIResponse(responseCode = "403", description = "The caller is not an administrator")
  @APIResponse(responseCode = "404", description = "No reconciliation has run yet")
  public ReconciliationJson last() {
    return reconciliation
        .last(caller.accountId())
        .map(ReconciliationJson::of)
        .orElseThrow(() -> new UnknownObjectException("reconciliation", "run yet"));
  }

  @POST
  @Operation(
      operationId = "reconcileNow",
      summary = "Reconcile the ledger with the provider now (administrators)",
      description =
          "Compares the last two days up to ten minutes ago (younger records are left to the next"
              + " run, since their notifications may still be on the way).")
  @APIResponseSchema(
      value = ReconciliationJson.class,
      responseCode = "201",
      responseDescription = "The run, now the last one")
  @APIResponse(responseCode = "403", description = "The caller is not an administrator")
  public Response reconcile() {
    ReconciliationView run = reconciliation.reconcileNow(caller.accountId());
    return Response.created(uri.getAbsolutePath()).entity(ReconciliationJson.of(run)).build();
  }
}
