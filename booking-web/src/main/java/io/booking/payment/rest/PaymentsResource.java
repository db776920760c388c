package io.booking.payment.rest;

import io.booking.identity.security.CurrentCaller;
import io.booking.payment.application.PaymentView;
import io.booking.payment.application.Payments;
import io.booking.platform.rest.MoneyJson;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A customer's own payments; another's is 404. */
@Path("v1/payments")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@Tag(name = "payments")
public class PaymentsResource {

  /** A payment on the wire. */
  public record PaymentJson(
      long id,
      long reservationId,
      @Schema(
              enumeration = {
                "PENDING",
                "SUCCEEDED",
                "FAILED",
                "CANCELLED",
                "REFUNDED",
                "PARTIALLY_REFUNDED"
              })
          String status,
      MoneyJson amount,
      @Schema(description = "What the provider has refunded so far") MoneyJson refunded,
      @Schema(description = "Where the customer pays while PENDING") String checkoutUrl,
      @Schema(description = "Whether the money is held in escrow until the visit")
          boolean inEscrow) {

    static PaymentJson of(PaymentView p) {
      return new PaymentJson(
          p.id(),
          p.reservationId(),
          p.status(),
          MoneyJson.of(p.amount()),
          MoneyJson.of(p.refunded()),
          p.checkoutUrl(),
          p.inEscrow());
    }
  }

  @EJB Payments payments;

  @Inject CurrentCaller caller;

  @GET
  @Path("{paymentId}")
  @Operation(operationId = "getPayment", summary = "One of the caller's payments")
  @APIResponseSchema(
      value = PaymentJson.class,
      responseCode = "200",
      responseDescription = "The payment")
  @APIResponse(responseCode = "401", description = "No valid token")
  @APIResponse(responseCode = "404", description = "No such payment of the caller's")
  public PaymentJson payment(@PathParam("paymentId") long paymentId) {
    return PaymentJson.of(payments.paymentOf(caller.accountId(), paymentId));
  }
}
