package io.booking.payment.application;

import io.booking.catalog.domain.Offering;
import io.booking.catalog.domain.PaymentTerms;
import io.booking.catalog.domain.VenueRepository;
import io.booking.payment.domain.Payment;
import io.booking.payment.domain.PaymentProvider;
import io.booking.payment.domain.PaymentRepository;
import io.booking.payment.domain.RefundStatus;
import io.booking.reservation.application.OnlinePayments;
import io.booking.reservation.application.PaymentSummary;
import io.booking.reservation.domain.Reservation;
import io.booking.reservation.domain.ReservationRepository;
import io.booking.shared.domain.Money;
import io.booking.shared.domain.UnknownObjectException;
import jakarta.annotation.Resource;
import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A booking's online payment: opened with the booking, its checkout started at the provider after
 * the booking committed, and what the customer sees of it.
 */
@Stateless
@LocalBean
@Local(OnlinePayments.class)
public class Payments implements OnlinePayments {

  private static final Logger LOG = Logger.getLogger(Payments.class.getName());

  @Inject PaymentRepository payments;

  @Inject ReservationRepository reservations;

  @Inject VenueRepository venues;

  @Inject PaymentProvider provider;

  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "booking.public-url", defaultValue = "http://localhost:8080")
  String publicUrl;

  @Resource SessionContext context;

  @Override
  public PaymentSummary open(long reservationId, long accountId, long venueId, Money amount) {
    long merchantId =
        venues
            .findById(venueId)
            .orElseThrow(() -> new UnknownObjectException("venue", venueId))
            .merchant()
            .id();
    Reservation reservation =
        reservations
            .findById(reservationId)
            .orElseThrow(() -> new UnknownObjectException("reservation", reservationId));
    PaymentTerms terms = reservation.slot().offering().paymentTerms();
    Payment p =
        payments.add(
            Payment.open(
                reservationId,
                accountId,
                merchantId,
                provider.name(),
                amount,
                terms.mode(),
                terms.lateCancelRefundPercent(),
                clock.instant()));
    return summary(p);
  }

  /**
   * Starts the checkout; a provider that fails or cannot be reached leaves the payment PENDING
   * without a checkout (the booking stays held and expires if nobody opens it again).
   */
  @Override
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public PaymentSummary checkout(long reservationId) {
    Payments self = context.getBusinessObject(Payments.class);
    try {
      return self.openCheckout(reservationId);
    } catch (RuntimeException providerFailed) {
      // Down, slow or refusing: the booking is committed and held either way; the customer can open
      // the checkout again from the payment page until the hold lapses.
      LOG.log(
          Level.WARNING,
          "The payment provider did not open a checkout for reservation " + reservationId,
          providerFailed);
      return self.of(reservationId).orElseThrow();
    }
  }

  /** Locks the payment, so two requests for one booking open one checkout. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public PaymentSummary openCheckout(long reservationId) {
    long id =
        payments
            .findByReservation(reservationId)
            .orElseThrow(() -> new UnknownObjectException("payment of reservation", reservationId))
            .id();
    Payment p = payments.lock(id).orElseThrow();
    if (summary(p).awaitsCheckout()) {
      PaymentProvider.StartedPayment started =
          provider.start(
              new PaymentProvider.PaymentOrder(
                  String.valueOf(p.id()),
                  p.amount(),
                  "Booking " + reservationId,
                  URI.create(base() + "/account/payment.xhtml?reservation=" + reservationId),
                  URI.create(base() + "/api/v1/payment-notifications/" + provider.name())));
      p.checkoutOpened(started.providerPaymentId(), started.checkoutUrl().toString());
    }
    return summary(p);
  }

  @Override
  public Optional<PaymentSummary> of(long reservationId) {
    return payments.findByReservation(reservationId).map(Payments::summary);
  }

  @Override
  public Map<Long, PaymentSummary> of(Collection<Long> reservationIds) {
    return payments.findByReservations(reservationIds).stream()
        .collect(Collectors.toMap(Payment::reservationId, Payments::summary));
  }

  /** The caller's own payment; another's is 404, as if it did not exist. */
  public PaymentView paymentOf(long accountId, long paymentId) {
    return payments
        .findById(paymentId)
        .filter(p -> p.belongsTo(accountId))
        .map(PaymentView::of)
        .orElseThrow(() -> new UnknownObjectException("payment", paymentId));
  }

  /**
   * The receipt of the caller's own payment once it went through (SUCCEEDED, or refunded since);
   * another's, or one not paid, is 404 as if it did not exist. Only refunds the provider made are
   * on it, and the net is what it took minus what it gave back.
   */
  public ReceiptView receipt(long accountId, long paymentId) {
    Payment p =
        payments
            .findById(paymentId)
            .filter(found -> found.belongsTo(accountId))
            .filter(found -> found.status().wasPaid())
            .orElseThrow(() -> new UnknownObjectException("payment", paymentId));
    Reservation r =
        reservations
            .findById(p.reservationId())
            .orElseThrow(() -> new UnknownObjectException("payment", paymentId));
    Offering offering = r.slot().offering();
    List<ReceiptView.Refund> refunds =
        payments.refundsOf(p.id()).stream()
            .filter(refund -> refund.status() == RefundStatus.SUCCEEDED)
            .map(
                refund ->
                    new ReceiptView.Refund(
                        Money.ofMinor(refund.amountMinor(), p.amount().currency()),
                        refund.completedAt()))
            .toList();
    return new ReceiptView(
        p.id(),
        r.id(),
        r.code(),
        offering.venue().name(),
        offering.name(),
        r.slot().start().atZone(offering.venue().timeZone()),
        r.partySize(),
        p.amount(),
        p.succeededAt(),
        p.provider(),
        p.providerPaymentId(),
        refunds,
        p.refundedAmount(),
        Money.ofMinor(
            p.amount().minorUnits() - p.refundedAmount().minorUnits(), p.amount().currency()),
        p.mode(),
        p.lateCancelRefundPercent(),
        p.status().name());
  }

  private String base() {
    return publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
  }

  static PaymentSummary summary(Payment p) {
    return new PaymentSummary(
        p.id(), p.status().name(), p.amount(), p.refundedAmount(), p.checkoutUrl());
  }
}
