package io.booking.payment.rest;

import io.booking.identity.security.CurrentCaller;
import io.booking.payment.application.PaymentView;
import io.booking.payment.application.Payments;
import io.booking.payment.application.ReceiptView;
import io.booking.platform.rest.MoneyJson;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
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

  /** A receipt on the wire: a payment that went through, and what came back of it. */
  public record ReceiptJson(
      @Schema(description = "The receipt's number: the payment's id") long number,
      long reservationId,
      String reservationCode,
      String venue,
      String offering,
      @Schema(description = "The slot's start in the venue's zone") OffsetDateTime slotStart,
      @Schema(description = "The venue's zone, e.g. Asia/Shanghai") String zone,
      int partySize,
      MoneyJson paid,
      Instant paidAt,
      @Schema(description = "The payment provider, e.g. sandbox or stripe") String provider,
      @Schema(description = "The provider's reference of the payment") String providerReference,
      // What the provider has refunded, oldest first. Not annotated, so that the document refers
      // to RefundJson (an annotated field is inlined).
      List<RefundJson> refunds,
      MoneyJson refunded,
      @Schema(description = "Paid minus refunded") MoneyJson netPaid,
      @Schema(enumeration = {"DEPOSIT", "PREPAID"}) String paymentMode,
      @Schema(description = "What a cancellation inside the window gets back, in percent")
          int lateCancelRefundPercent,
      @Schema(enumeration = {"SUCCEEDED", "PARTIALLY_REFUNDED", "REFUNDED"}) String status) {

    static ReceiptJson of(ReceiptView r) {
      return new ReceiptJson(
          r.number(),
          r.reservationId(),
          r.reservationCode(),
          r.venueName(),
          r.offeringName(),
          r.slotStart().toOffsetDateTime(),
          r.slotStart().getZone().getId(),
          r.partySize(),
          MoneyJson.of(r.paid()),
          r.paidAt(),
          r.provider(),
          r.providerReference(),
          r.refunds().stream().map(RefundJson::of).toList(),
          MoneyJson.of(r.refunded()),
          MoneyJson.of(r.netPaid()),
          r.mode().name(),
          r.lateCancelRefundPercent(),
          r.status());
    }
  }

  /** A refund on a receipt. */
  public record RefundJson(MoneyJson amount, Instant refundedAt) {

    static RefundJson of(ReceiptView.Refund r) {
      return new RefundJson(MoneyJson.of(r.amount()), r.refundedAt());
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

  @GET
  @Path("{paymentId}/receipt")
  @Operation(
      operationId = "getPaymentReceipt",
      summary = "The receipt of one of the caller's payments that went through")
  @APIResponseSchema(
      value = ReceiptJson.class,
      responseCode = "200",
      responseDescription = "The receipt")
  @APIResponse(responseCode = "401", description = "No valid token")
  @APIResponse(
      responseCode = "404",
      description = "No such payment of the caller's, or one that was never paid")
  public ReceiptJson receipt(@PathParam("paymentId") long paymentId) {
    return ReceiptJson.of(payments.receipt(caller.accountId(), paymentId));
  }
}
