package io.booking.catalog.rest;

import io.booking.catalog.application.MerchantOnboarding;
import io.booking.catalog.application.MerchantOnboarding.ApplicationView;
import io.booking.identity.security.CurrentCaller;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
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

/** Applying to become a merchant, and the administrators' decisions (403 for anyone else). */
@Path("v1/merchant-applications")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@Tag(name = "merchant applications")
public class MerchantApplicationsResource {

  public record Application(String businessName, String contact, String licenceNumber) {}

  public record Decision(String reason) {}

  public record ApplicationJson(
      long id,
      long accountId,
      String businessName,
      String contact,
      String licenceNumber,
      @Schema(enumeration = {"PENDING", "APPROVED", "REJECTED"}) String status,
      String decisionReason,
      Instant createdAt) {

    static ApplicationJson of(ApplicationView a) {
      return new ApplicationJson(
          a.id(),
          a.accountId(),
          a.businessName(),
          a.contact(),
          a.licenceNumber(),
          a.status().name(),
          a.decisionReason(),
          a.createdAt());
    }
  }

  public record ApplicationList(List<ApplicationJson> items) {}

  @EJB MerchantOnboarding onboarding;

  @Inject CurrentCaller caller;

  @Context UriInfo uri;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(operationId = "applyAsMerchant", summary = "Apply to become a merchant")
  @APIResponseSchema(
      value = ApplicationJson.class,
      responseCode = "201",
      responseDescription = "The application, PENDING")
  @APIResponse(responseCode = "409", description = "`application-pending` or `already-merchant`")
  @APIResponse(responseCode = "422", description = "Fields not valid, each named")
  public Response apply(@NotNull(message = "is required") Application body) {
    ApplicationJson created =
        ApplicationJson.of(
            onboarding.apply(
                caller.accountId(), body.businessName(), body.contact(), body.licenceNumber()));
    return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
        .entity(created)
        .build();
  }

  /** The applications waiting for a decision; administrators only. */
  @GET
  @Operation(
      operationId = "listPendingApplications",
      summary = "The applications waiting for a decision (administrators)")
  @APIResponseSchema(
      value = ApplicationList.class,
      responseCode = "200",
      responseDescription = "The pending applications, oldest first")
  @APIResponse(responseCode = "403", description = "The caller is not an administrator")
  public ApplicationList pending() {
    return new ApplicationList(
        onboarding.pending(caller.accountId()).stream().map(ApplicationJson::of).toList());
  }

  @POST
  @Path("{id}/approve")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "approveApplication",
      summary = "Approve an application (administrators); the account becomes a merchant")
  @APIResponseSchema(
      value = ApplicationJson.class,
      responseCode = "200",
      responseDescription = "The application, APPROVED")
  @APIResponse(responseCode = "403", description = "The caller is not an administrator")
  @APIResponse(responseCode = "409", description = "`application-decided`: decided already")
  @APIResponse(responseCode = "422", description = "`reason` missing or over 500 characters")
  public ApplicationJson approve(
      @PathParam("id") long id, @NotNull(message = "is required") Decision body) {
    return ApplicationJson.of(onboarding.approve(caller.accountId(), id, body.reason()));
  }

  @POST
  @Path("{id}/reject")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(operationId = "rejectApplication", summary = "Reject an application (administrators)")
  @APIResponseSchema(
      value = ApplicationJson.class,
      responseCode = "200",
      responseDescription = "The application, REJECTED")
  @APIResponse(responseCode = "403", description = "The caller is not an administrator")
  @APIResponse(responseCode = "409", description = "`application-decided`: decided already")
  @APIResponse(responseCode = "422", description = "`reason` missing or over 500 characters")
  public ApplicationJson reject(
      @PathParam("id") long id, @NotNull(message = "is required") Decision body) {
    return ApplicationJson.of(onboarding.reject(caller.accountId(), id, body.reason()));
  }
}
