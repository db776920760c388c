package io.booking.payment.rest;

import io.booking.payment.application.PaymentNotifications;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Where the payment provider tells the platform what happened. Public: the signature over the body
 * is the authentication, checked before anything is read from it.
 */
@Path("v1/payment-notifications")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "payments")
public class PaymentNotificationsResource {

  /** What became of the delivery; a repeat answers ALREADY_APPLIED and changes nothing. */
  public record Receipt(@Schema(enumeration = {"APPLIED", "ALREADY_APPLIED"}) String status) {}

  @EJB PaymentNotifications notifications;

  @POST
  @Path("{provider}")
  @Consumes(MediaType.WILDCARD)
  @Operation(
      operationId = "receivePaymentNotification",
      summary = "A payment provider's signed notification")
  @APIResponseSchema(
      value = Receipt.class,
      responseCode = "200",
      responseDescription = "Applied, or applied before (the provider stops delivering it)")
  @APIResponse(
      responseCode = "400",
      description = "`invalid-notification`: a wrong or old signature, or an unreadable body")
  @APIResponse(
      responseCode = "404",
      description = "Not the configured provider, or no such payment")
  @APIResponse(
      responseCode = "409",
      description = "`unknown-refund`: a refund the platform has not recorded yet (deliver again)")
  public Receipt receive(
      @PathParam("provider") String provider, byte[] body, @Context HttpHeaders headers) {
    Map<String, String> lowerCase = new HashMap<>();
    headers
        .getRequestHeaders()
        .forEach(
            (name, values) -> {
              if (!values.isEmpty()) {
                lowerCase.put(name.toLowerCase(Locale.ROOT), values.get(0));
              }
            });
    // The body as the bytes the provider signed, read as UTF-8 whatever charset the header names
    // (a charset the platform does not know must not stop a notification).
    String text = body == null ? "" : new String(body, StandardCharsets.UTF_8);
    return new Receipt(notifications.receive(provider, text, lowerCase).name());
  }
}
