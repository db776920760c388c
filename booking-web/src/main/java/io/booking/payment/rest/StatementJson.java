package io.booking.payment.rest;

import io.booking.payment.application.StatementView;
import io.booking.platform.rest.MoneyJson;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A settlement statement on the wire: totals, one line per settled credit, and its payout. */
public record StatementJson(
    long id,
    long merchantId,
    String currency,
    @Schema(format = "date", description = "The business day (a UTC day) the statement settles")
        String businessDay,
    @Schema(description = "Credits made before this instant are on it") Instant cutOff,
    @Schema(description = "What the customers paid for the settled bookings") MoneyJson paid,
    @Schema(description = "What went back to them (late cancellations)") MoneyJson refunded,
    @Schema(description = "Released to the merchant before commission: paid - refunded")
        MoneyJson gross,
    MoneyJson commission,
    @Schema(description = "Failed payouts that came back and are paid out again")
        MoneyJson returned,
    @Schema(description = "What the payout carries: gross - commission + returned") MoneyJson net,
    Instant createdAt,
    List<LineJson> lines,
    PayoutJson payout) {

  /** One settled credit: a booking's money or a returned payout. */
  public record LineJson(
      long transferId,
      @Schema(enumeration = {"BOOKING", "RETURNED_PAYOUT", "OTHER"}) String kind,
      @Schema(description = "`reservation` for a booking, `payout` for a returned payout")
          String subjectType,
      long subjectId,
      MoneyJson paid,
      MoneyJson refunded,
      MoneyJson gross,
      MoneyJson commission,
      MoneyJson net,
      Instant creditedAt) {}

  /** Where the statement's payout stands. */
  public record PayoutJson(
      long id,
      @Schema(enumeration = {"REQUESTED", "SENDING", "SENT", "PAID", "FAILED"}) String status,
      MoneyJson amount,
      @Schema(description = "The merchant's payout destination as the provider knows it")
          String destination,
      @Schema(description = "The provider's reference of the payout") String providerReference,
      int attempts,
      Instant createdAt,
      Instant completedAt) {}

  static StatementJson of(StatementView s) {
    return new StatementJson(
        s.id(),
        s.merchantId(),
        s.currency(),
        s.businessDay().toString(),
        s.cutOff(),
        MoneyJson.of(s.paid()),
        MoneyJson.of(s.refunded()),
        MoneyJson.of(s.gross()),
        MoneyJson.of(s.commission()),
        MoneyJson.of(s.returned()),
        MoneyJson.of(s.net()),
        s.createdAt(),
        s.lines().stream()
            .map(
                l ->
                    new LineJson(
                        l.transferId(),
                        l.kind(),
                        l.subjectType(),
                        l.subjectId(),
                        MoneyJson.of(l.paid()),
                        MoneyJson.of(l.refunded()),
                        MoneyJson.of(l.gross()),
                        MoneyJson.of(l.commission()),
                        MoneyJson.of(l.net()),
                        l.creditedAt()))
            .toList(),
        s.payout() == null
            ? null
            : new PayoutJson(
                s.payout().id(),
                s.payout().status(),
                MoneyJson.of(s.payout().amount()),
                s.payout().destination(),
                s.payout().providerPayoutId(),
                s.payout().attempts(),
                s.payout().createdAt(),
                s.payout().completedAt()));
  }
}
