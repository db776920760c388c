package io.booking.payment.domain;

import io.booking.payment.domain.PaymentProvider.ProviderTransaction;
import io.booking.payment.domain.PaymentProvider.TransactionKind;
import io.booking.shared.domain.Money;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Compares the provider's transaction list with the platform's records over a window [from, to),
 * without I/O (docs/decisions/0027-reconciliation.md). A provider line in the window must match a
 * platform record whenever that was made; a platform record in the window must have its line among
 * all the lines given, which reach further back than the window (a charge is recorded at the
 * provider before the platform hears of it). Payouts are compared only when they are tracked.
 */
public final class ReconciliationMatcher {

  /** What is compared, as read. */
  public record Input(
      Instant from,
      Instant to,
      List<ProviderTransaction> lines,
      Collection<PlatformPayment> payments,
      Collection<PlatformRefund> refunds,
      boolean payoutsTracked,
      Collection<PayoutRecord> payouts) {}

  /** How many provider lines matched, and everything that did not agree. */
  public record Result(int matched, List<Finding> findings) {

    public Result {
      findings = List.copyOf(findings);
    }
  }

  private ReconciliationMatcher() {}

  public static Result match(Input in) {
    Map<Long, PlatformPayment> payments = new HashMap<>();
    in.payments().forEach(p -> payments.put(p.id(), p));
    Map<String, PlatformRefund> refundsByProviderId = new HashMap<>();
    Map<Long, List<PlatformRefund>> refundsByPayment = new HashMap<>();
    for (PlatformRefund r : in.refunds()) {
      if (r.providerRefundId() != null) {
        refundsByProviderId.put(r.providerRefundId(), r);
      }
      refundsByPayment.computeIfAbsent(r.paymentId(), id -> new ArrayList<>()).add(r);
    }
    Set<String> chargedReferences = new HashSet<>();
    Set<String> chargedProviderIds = new HashSet<>();
    Set<String> refundLineIds = new HashSet<>();
    Set<String> payoutLineReferences = new HashSet<>();
    Map<String, Long> refundedByProviderPayment = new HashMap<>();
    for (ProviderTransaction line : in.lines()) {
      switch (line.kind()) {
        case CHARGE -> {
          chargedReferences.add(line.reference());
          chargedProviderIds.add(line.providerPaymentId());
        }
        case REFUND -> {
          refundLineIds.add(line.providerTransactionId());
          refundedByProviderPayment.merge(
              line.providerPaymentId(), line.amount().minorUnits(), Long::sum);
        }
        case PAYOUT -> {
          payoutLineReferences.add(line.reference());
          payoutLineReferences.add(line.providerTransactionId());
        }
      }
    }
    Map<String, PayoutRecord> payouts = new HashMap<>();
    in.payouts().forEach(p -> payouts.put(p.payoutKey(), p));

    int matched = 0;
    List<Finding> findings = new ArrayList<>();
    for (ProviderTransaction line : in.lines()) {
      if (!within(line.at(), in)) {
        continue;
      }
      Finding f =
          switch (line.kind()) {
            case CHARGE -> charge(line, payments);
            case REFUND -> refund(line, refundsByProviderId);
            case PAYOUT -> in.payoutsTracked() ? payout(line, payouts) : null;
          };
      if (f != null) {
        findings.add(f);
      } else if (line.kind() != TransactionKind.PAYOUT || in.payoutsTracked()) {
        matched++;
      }
    }
    for (PlatformPayment p : in.payments()) {
      if (p.charged()
          && within(p.succeededAt(), in)
          && !chargedReferences.contains(String.valueOf(p.id()))
          && !chargedProviderIds.contains(p.providerPaymentId())) {
        findings.add(
            new Finding(
                Finding.MISSING_AT_PROVIDER,
                "payment " + p.id(),
                null,
                p.amount(),
                "The platform took payment "
                    + p.id()
                    + " as paid ("
                    + p.status()
                    + "); the provider lists no charge for it."));
      }
    }
    for (PlatformRefund r : in.refunds()) {
      if (r.status() == RefundStatus.SUCCEEDED
          && within(r.completedAt(), in)
          && !refundLineIds.contains(r.providerRefundId())) {
        findings.add(
            new Finding(
                Finding.MISSING_AT_PROVIDER,
                r.providerRefundId() == null ? "refund " + r.id() : r.providerRefundId(),
                null,
                Money.ofMinor(r.amountMinor(), r.currency()),
                "Refund "
                    + r.id()
                    + " of payment "
                    + r.paymentId()
                    + " is done at the platform; the provider lists no such refund."));
      }
    }
    for (PlatformPayment p : in.payments()) {
      Finding f = refundedTotal(p, in, refundsByPayment, refundedByProviderPayment);
      if (f != null) {
        findings.add(f);
      }
    }
    if (in.payoutsTracked()) {
      for (PayoutRecord p : in.payouts()) {
        if (p.paid()
            && within(p.paidAt(), in)
            && !payoutLineReferences.contains(p.payoutKey())
            && !payoutLineReferences.contains(p.providerPayoutId())) {
          findings.add(
              new Finding(
                  Finding.MISSING_AT_PROVIDER,
                  p.payoutKey(),
                  null,
                  p.amount(),
                  "Payout "
                      + p.payoutKey()
                      + " is paid at the platform; the provider lists none."));
        }
      }
    }
    return new Result(matched, findings);
  }

  private static Finding charge(ProviderTransaction line, Map<Long, PlatformPayment> payments) {
    PlatformPayment p = paymentOf(line.reference(), payments);
    if (p == null
        || (p.providerPaymentId() != null
            && !p.providerPaymentId().equals(line.providerPaymentId()))) {
      return new Finding(
          Finding.MISSING_IN_LEDGER,
          line.providerTransactionId(),
          line.amount(),
          null,
          "The provider charged "
              + line.amount()
              + " under reference "
              + line.reference()
              + "; the platform has no such payment.");
    }
    if (!p.charged()) {
      return new Finding(
          Finding.MISSING_IN_LEDGER,
          line.providerTransactionId(),
          line.amount(),
          p.amount(),
          "The provider charged payment "
              + p.id()
              + "; the platform has it as "
              + p.status()
              + ".");
    }
    if (!p.amount().equals(line.amount())) {
      return new Finding(
          Finding.AMOUNT_DIFFERS,
          line.providerTransactionId(),
          line.amount(),
          p.amount(),
          "The provider charged " + line.amount() + " for payment " + p.id() + " of " + p.amount());
    }
    if (p.hold() == null) {
      return new Finding(
          Finding.MISSING_IN_LEDGER,
          line.providerTransactionId(),
          line.amount(),
          null,
          "Payment " + p.id() + " is paid; the ledger holds nothing in escrow for it.");
    }
    if (!p.hold().amount().equals(line.amount())) {
      return new Finding(
          Finding.AMOUNT_DIFFERS,
          line.providerTransactionId(),
          line.amount(),
          p.hold().amount(),
          "The ledger holds " + p.hold().amount() + " in escrow for payment " + p.id() + ".");
    }
    return null;
  }

  private static Finding refund(
      ProviderTransaction line, Map<String, PlatformRefund> refundsByProviderId) {
    PlatformRefund r = refundsByProviderId.get(line.providerTransactionId());
    if (r == null) {
      return new Finding(
          Finding.MISSING_IN_LEDGER,
          line.providerTransactionId(),
          line.amount(),
          null,
          "The provider refunded "
              + line.amount()
              + " of "
              + line.providerPaymentId()
              + "; the platform knows no such refund.");
    }
    Money platform = Money.ofMinor(r.amountMinor(), r.currency());
    if (!platform.equals(line.amount())) {
      return new Finding(
          Finding.AMOUNT_DIFFERS,
          line.providerTransactionId(),
          line.amount(),
          platform,
          "The provider refunded " + line.amount() + "; the platform asked for " + platform + ".");
    }
    if (r.status() != RefundStatus.SUCCEEDED) {
      return new Finding(
          Finding.MISSING_IN_LEDGER,
          line.providerTransactionId(),
          line.amount(),
          platform,
          "The provider refunded it; the platform has refund "
              + r.id()
              + " as "
              + r.status()
              + ".");
    }
    return null;
  }

  private static Finding payout(ProviderTransaction line, Map<String, PayoutRecord> payouts) {
    PayoutRecord p = payouts.get(line.reference());
    if (p == null) {
      return new Finding(
          Finding.MISSING_IN_LEDGER,
          line.providerTransactionId(),
          line.amount(),
          null,
          "The provider paid out "
              + line.amount()
              + " under "
              + line.reference()
              + "; the"
              + " platform has no such payout.");
    }
    if (!p.amount().equals(line.amount())) {
      return new Finding(
          Finding.AMOUNT_DIFFERS,
          line.providerTransactionId(),
          line.amount(),
          p.amount(),
          "The provider paid out " + line.amount() + " for payout " + p.payoutKey() + ".");
    }
    if (!p.paid()) {
      return new Finding(
          Finding.MISSING_IN_LEDGER,
          line.providerTransactionId(),
          line.amount(),
          p.amount(),
          "The provider paid out " + p.payoutKey() + "; the platform has it as not paid.");
    }
    return null;
  }

  /**
   * Per payment made in the window whose escrow is resolved and whose refunds are all answered:
   * what the ledger gave back to the customer equals what the provider refunded. All of such a
   * payment's refund lines are among the lines, which start before the window.
   */
  private static Finding refundedTotal(
      PlatformPayment p,
      Input in,
      Map<Long, List<PlatformRefund>> refundsByPayment,
      Map<String, Long> refundedByProviderPayment) {
    if (!within(p.createdAt(), in) || p.hold() == null || p.providerPaymentId() == null) {
      return null;
    }
    List<PlatformRefund> refunds = refundsByPayment.getOrDefault(p.id(), List.of());
    if (refunds.stream().anyMatch(PlatformRefund::inFlight)) {
      return null;
    }
    long ledger = p.hold().releasedToCustomerMinor();
    long provider = refundedByProviderPayment.getOrDefault(p.providerPaymentId(), 0L);
    if (ledger == provider) {
      return null;
    }
    String currency = p.amount().currency();
    return new Finding(
        Finding.AMOUNT_DIFFERS,
        "payment " + p.id(),
        Money.ofMinor(provider, currency),
        Money.ofMinor(ledger, currency),
        "The ledger gave "
            + Money.ofMinor(ledger, currency)
            + " of payment "
            + p.id()
            + " back to the customer; the provider refunded "
            + Money.ofMinor(provider, currency)
            + ".");
  }

  private static PlatformPayment paymentOf(String reference, Map<Long, PlatformPayment> payments) {
    try {
      return payments.get(Long.parseLong(Objects.requireNonNull(reference)));
    } catch (NumberFormatException | NullPointerException e) {
      return null;
    }
  }

  /** The references of charge lines in the window that name payments not among those given. */
  public static Set<Long> unknownChargeReferences(
      List<ProviderTransaction> lines, Collection<PlatformPayment> payments) {
    Set<Long> known = new HashSet<>();
    payments.forEach(p -> known.add(p.id()));
    Set<Long> unknown = new HashSet<>();
    for (ProviderTransaction line : lines) {
      if (line.kind() == TransactionKind.CHARGE) {
        try {
          long id = Long.parseLong(line.reference());
          if (!known.contains(id)) {
            unknown.add(id);
          }
        } catch (NumberFormatException | NullPointerException e) {
          // Not a payment id of the platform's: reported as missing when it is in the window.
        }
      }
    }
    return unknown;
  }

  private static boolean within(Instant at, Input in) {
    return at != null && !at.isBefore(in.from()) && at.isBefore(in.to());
  }
}
