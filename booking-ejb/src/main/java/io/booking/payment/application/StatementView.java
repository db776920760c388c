package io.booking.payment.application;

import io.booking.payment.domain.Payout;
import io.booking.payment.domain.Statement;
import io.booking.payment.domain.StatementLine;
import io.booking.shared.domain.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A statement as its merchant and the administrators see it: the totals, one line per settled
 * credit, and its payout (none when nothing was paid out).
 */
public record StatementView(
    long id,
    long merchantId,
    String merchantName,
    String currency,
    LocalDate businessDay,
    Instant cutOff,
    Money paid,
    Money refunded,
    Money gross,
    Money commission,
    Money returned,
    Money net,
    Instant createdAt,
    List<Line> lines,
    PayoutView payout) {

  /** One settled credit: a booking's money, or a payout that came back. */
  public record Line(
      long transferId,
      String kind,
      String subjectType,
      long subjectId,
      Money paid,
      Money refunded,
      Money gross,
      Money commission,
      Money net,
      Instant creditedAt) {}

  /** The statement's payout and where it stands. */
  public record PayoutView(
      long id,
      String status,
      Money amount,
      String destination,
      String providerPayoutId,
      int attempts,
      Instant createdAt,
      Instant completedAt) {}

  static StatementView of(
      Statement s, String merchantName, List<StatementLine> lines, Payout payout) {
    String c = s.currency();
    return new StatementView(
        s.id(),
        s.merchantId(),
        merchantName,
        c,
        s.businessDay(),
        s.cutOff(),
        Money.ofMinor(s.paidMinor(), c),
        Money.ofMinor(s.refundedMinor(), c),
        Money.ofMinor(s.grossMinor(), c),
        Money.ofMinor(s.commissionMinor(), c),
        Money.ofMinor(s.returnedMinor(), c),
        Money.ofMinor(s.netMinor(), c),
        s.createdAt(),
        lines.stream()
            .map(
                l ->
                    new Line(
                        l.transferId(),
                        l.kind().name(),
                        l.subject().type(),
                        l.subject().id(),
                        Money.ofMinor(l.paidMinor(), c),
                        Money.ofMinor(l.refundedMinor(), c),
                        Money.ofMinor(l.grossMinor(), c),
                        Money.ofMinor(l.commissionMinor(), c),
                        Money.ofMinor(l.netMinor(), c),
                        l.creditedAt()))
            .toList(),
        payout == null
            ? null
            : new PayoutView(
                payout.id(),
                payout.status().name(),
                payout.amount(),
                payout.destination(),
                payout.providerPayoutId(),
                payout.attempts(),
                payout.createdAt(),
                payout.completedAt()));
  }
}
