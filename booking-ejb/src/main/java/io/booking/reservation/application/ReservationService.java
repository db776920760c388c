package io.booking.reservation.application;

import io.booking.identity.domain.AccountRepository;
import io.booking.inventory.domain.Slot;
import io.booking.inventory.domain.SlotRepository;
import io.booking.platform.idempotency.Idempotency;
import io.booking.reservation.domain.BookingClosedException;
import io.booking.reservation.domain.CancelReason;
import io.booking.reservation.domain.CancellationPolicy;
import io.booking.reservation.domain.DailyBookingLimit;
import io.booking.reservation.domain.Reservation;
import io.booking.reservation.domain.ReservationCancelled;
import io.booking.reservation.domain.ReservationCode;
import io.booking.reservation.domain.ReservationRepository;
import io.booking.reservation.domain.ReservationStatus;
import io.booking.reservation.domain.SlotSoldOutException;
import io.booking.reservation.domain.SlotStartedException;
import io.booking.shared.domain.InvalidInputException;
import io.booking.shared.domain.UnknownObjectException;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Booking, confirming and cancelling. Each public method is one transaction: places are taken from
 * the slot and the reservation is written together, or neither happens.
 */
@Stateless
public class ReservationService {

  @Inject ReservationRepository reservations;

  @Inject SlotRepository slots;

  @Inject AccountRepository accounts;

  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "booking.hold.minutes", defaultValue = "10")
  long holdMinutes;

  @Resource SessionContext context;

  @EJB Idempotency idempotency;

  @Inject OnlinePayments payments;

  @Inject Event<ReservationCancelled> cancelled;

  private static final String RESERVATION = "reservation";

  /**
   * Takes the places: one conditional UPDATE of the slot and one INSERT of the reservation. An
   * offering paid at the venue is confirmed at once; one paid online is held and its payment opened
   * (CONFIRMED follows when the provider confirms the payment).
   */
  public ReservationView book(BookingCommand command) {
    Instant now = clock.instant();
    Reservation r = takePlaces(command, now);
    var offering = r.slot().offering();
    if (!offering.paymentTerms().paysOnline()) {
      r.confirm(now);
      reservations.add(r);
      return ReservationView.of(r);
    }
    reservations.add(r);
    return ReservationView.of(r)
        .withPayment(
            payments.open(
                r.id(), command.accountId(), r.venueId(), offering.dueOnline(r.partySize())));
  }

  /** Takes the places for a while; {@link #confirm} must follow before the hold expires. */
  public ReservationView hold(BookingCommand command) {
    Reservation r = takePlaces(command, clock.instant());
    reservations.add(r);
    return ReservationView.of(r);
  }

  /**
   * Books once per Idempotency-Key: a repeated request with the same key and body returns the first
   * reservation and books nothing more; the same key with another body is refused.
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public BookingResult bookOnce(BookingCommand command, String idempotencyKey) {
    ReservationService self = context.getBusinessObject(ReservationService.class);
    if (idempotencyKey == null) {
      return new BookingResult(withCheckout(FreshCodes.retrying(() -> self.book(command))), false);
    }
    Idempotency.Outcome<ReservationView> outcome =
        FreshCodes.retrying(
            () ->
                idempotency.once(
                    command.accountId(),
                    idempotencyKey,
                    command.operation(),
                    RESERVATION,
                    id -> self.reservation(command.accountId(), id),
                    () -> produced(self.book(command))));
    return new BookingResult(withCheckout(outcome.value()), outcome.replayed());
  }

  /**
   * Opens the provider's checkout for a booking that pays online, after the booking committed: a
   * provider that is slow or down must not hold the slot's row or roll the booking back.
   */
  private ReservationView withCheckout(ReservationView booked) {
    return booked.payment() != null && booked.payment().awaitsCheckout()
        ? booked.withPayment(payments.checkout(booked.id()))
        : booked;
  }

  /**
   * Cancels once per Idempotency-Key: a repeat (a double click, a retried request) answers what the
   * first one did instead of "already cancelled".
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public BookingResult cancelOnce(long accountId, long reservationId, String idempotencyKey) {
    ReservationService self = context.getBusinessObject(ReservationService.class);
    if (idempotencyKey == null) {
      return new BookingResult(self.cancel(accountId, reservationId), false);
    }
    Idempotency.Outcome<ReservationView> outcome =
        idempotency.once(
            accountId,
            idempotencyKey,
            "cancel|" + reservationId,
            RESERVATION,
            id -> self.reservation(accountId, id),
            () -> produced(self.cancel(accountId, reservationId)));
    return new BookingResult(outcome.value(), outcome.replayed());
  }

  private static Idempotency.Produced<ReservationView> produced(ReservationView view) {
    return new Idempotency.Produced<>(view, view.id());
  }

  public ReservationView confirm(long accountId, long reservationId) {
    Reservation r = lockOwned(accountId, reservationId);
    r.confirm(clock.instant());
    return ReservationView.of(r);
  }

  /**
   * Cancels within the policy and gives the places back; cancelling twice changes nothing. The
   * payment context refunds (by the policy) in this transaction.
   */
  public ReservationView cancel(long accountId, long reservationId) {
    Reservation r = lockOwned(accountId, reservationId);
    Instant now = clock.instant();
    CancellationPolicy policy = CancellationPolicy.of(r.slot().offering());
    boolean late = r.isLateCancellationAt(now, policy);
    if (r.cancel(now, policy)) {
      returnPlaces(r);
      cancelled.fire(new ReservationCancelled(r.id(), CancelReason.BY_CUSTOMER, late, now));
    }
    return withPayment(ReservationView.of(r));
  }

  /**
   * Confirms a held booking whose payment the provider confirmed; false when the hold is gone
   * (expired or cancelled): the payment context then refunds.
   */
  public boolean confirmPaid(long reservationId) {
    Reservation r = reservations.lock(reservationId).orElse(null);
    Instant now = clock.instant();
    if (r == null || r.status() != ReservationStatus.HELD || r.isHoldExpiredAt(now)) {
      return false;
    }
    r.confirm(now);
    return true;
  }

  /** Releases a held booking at once because its payment failed; the places return. */
  public boolean releaseUnpaid(long reservationId) {
    Reservation r = reservations.lock(reservationId).orElse(null);
    Instant now = clock.instant();
    if (r == null || !r.releaseUnpaid(now)) {
      return false;
    }
    returnPlaces(r);
    cancelled.fire(new ReservationCancelled(r.id(), CancelReason.PAYMENT_FAILED, false, now));
    return true;
  }

  /** Lets lapsed holds go, each in its own transaction. */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public int expireHolds(Instant now) {
    ReservationService self = context.getBusinessObject(ReservationService.class);
    int expired = 0;
    for (long id : self.expiredHoldIds(now)) {
      if (self.expireHold(id, now)) {
        expired++;
      }
    }
    return expired;
  }

  public List<Long> expiredHoldIds(Instant now) {
    return reservations.expiredHoldIds(now, 500);
  }

  public boolean expireHold(long reservationId, Instant now) {
    Reservation r = reservations.lock(reservationId).orElse(null);
    if (r == null || !r.expire(now)) {
      return false;
    }
    returnPlaces(r);
    cancelled.fire(new ReservationCancelled(r.id(), CancelReason.HOLD_EXPIRED, false, now));
    return true;
  }

  public ReservationView reservation(long accountId, long reservationId) {
    Reservation r =
        reservations
            .findById(reservationId)
            .filter(found -> found.belongsTo(accountId))
            .orElseThrow(() -> new UnknownObjectException("reservation", reservationId));
    return withPayment(ReservationView.of(r));
  }

  public List<ReservationView> reservationsOf(long accountId) {
    List<ReservationView> views =
        reservations.findByAccount(accountId).stream().map(ReservationView::of).toList();
    java.util.Map<Long, PaymentSummary> paid =
        payments.of(views.stream().map(ReservationView::id).toList());
    return views.stream().map(v -> v.withPayment(paid.get(v.id()))).toList();
  }

  private ReservationView withPayment(ReservationView view) {
    return payments.of(view.id()).map(view::withPayment).orElse(view);
  }

  /**
   * Checks the request against the slot and the venue's daily limit, takes the places in one
   * conditional UPDATE and returns the new reservation, not yet stored. The slot comes with its
   * offering and venue in one query: the answer needs them.
   */
  private Reservation takePlaces(BookingCommand c, Instant now) {
    // One booking per customer at a time, so two at once cannot both pass the daily limit. First,
    // before any read, so the count below sees what the previous booking committed.
    if (!accounts.lockRow(c.accountId())) {
      throw new UnknownObjectException("account", c.accountId());
    }
    Slot slot =
        slots
            .findWithOffering(c.slotId())
            .orElseThrow(() -> new InvalidInputException("slotId", "no such slot"));
    slot.offering()
        .partySizeProblem(c.partySize())
        .ifPresent(
            problem -> {
              throw new InvalidInputException(java.util.List.of(problem));
            });
    if (slot.hasStartedAt(now)) {
      throw new SlotStartedException();
    }
    if (!slot.isBookableAt(now)) {
      throw new BookingClosedException(slot.offering().leadTime());
    }
    DailyBookingLimit limit = DailyBookingLimit.of(slot.offering().venue());
    limit.admitOneMore(
        reservations.countStandingAt(
            c.accountId(),
            slot.venueId(),
            limit.dayStartOf(slot.start()),
            limit.dayEndOf(slot.start())));
    if (!slots.takePlaces(slot.id(), c.partySize(), now)) {
      Slot current = slots.reload(slot.id()).orElseThrow();
      if (current.hasStartedAt(now)) {
        throw new SlotStartedException();
      }
      throw new SlotSoldOutException(c.partySize(), current.available());
    }
    return Reservation.hold(
        ReservationCode.next(),
        c.accountId(),
        slot,
        c.partySize(),
        c.source(),
        now,
        now.plus(Duration.ofMinutes(holdMinutes)));
  }

  private void returnPlaces(Reservation r) {
    if (!slots.releasePlaces(r.slot().id(), r.partySize())) {
      throw new IllegalStateException(
          "Slot " + r.slot().id() + " has fewer booked places than reservation " + r.code());
    }
  }

  private Reservation lockOwned(long accountId, long reservationId) {
    return reservations
        .lock(reservationId)
        .filter(r -> r.belongsTo(accountId))
        .orElseThrow(() -> new UnknownObjectException("reservation", reservationId));
  }
}
