package io.booking.reservation.domain;

import io.booking.inventory.domain.Slot;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;

/**
 * A customer's places in a slot. Created HELD (places taken, waiting for confirmation or payment)
 * and confirmed, or cancelled by the customer or by hold expiry. The code is its business key. A
 * walk-in, booked by staff at the desk for a guest without an account, has a guest name instead of
 * an account and is checked in at once.
 */
@Entity
@Table(name = "reservation")
@NamedQuery(
    name = "Reservation.findByAccount",
    query =
        "SELECT r FROM Reservation r JOIN FETCH r.slot WHERE r.accountId = :accountId"
            + " ORDER BY r.createdAt DESC, r.id DESC")
@NamedQuery(
    name = "Reservation.findExpiredHoldIds",
    query =
        "SELECT r.id FROM Reservation r WHERE r.status = io.booking.reservation.domain"
            + ".ReservationStatus.HELD AND r.holdExpiresAt <= :now ORDER BY r.holdExpiresAt")
@NamedQuery(
    name = "Reservation.findIdByCode",
    query = "SELECT r.id FROM Reservation r WHERE r.code = :code")
@NamedQuery(
    name = "Reservation.findByVenueBetween",
    query =
        "SELECT r FROM Reservation r JOIN FETCH r.slot s WHERE r.venueId = :venueId"
            + " AND s.start >= :from AND s.start < :to ORDER BY s.start, r.id")
@NamedQuery(
    name = "Reservation.countOfAccountAtVenueBetween",
    query =
        "SELECT COUNT(r) FROM Reservation r WHERE r.accountId = :accountId"
            + " AND r.venueId = :venueId AND r.startsAt >= :from AND r.startsAt < :to"
            + " AND r.status IN :statuses")
@NamedQuery(
    name = "Reservation.findConfirmedEndedIds",
    query =
        "SELECT r.id FROM Reservation r WHERE r.status = io.booking.reservation.domain"
            + ".ReservationStatus.CONFIRMED AND r.slot.end < :now ORDER BY r.id")
public class Reservation {

  @Id
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "reservation_id")
  private Long id;

  @Column(name = "code", nullable = false, updatable = false, length = 8)
  private String code;

  @Column(name = "account_id", updatable = false)
  private Long accountId;

  @Column(name = "guest_name", updatable = false, length = 80)
  private String guestName;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "slot_id", nullable = false, updatable = false)
  private Slot slot;

  @Column(name = "venue_id", nullable = false, updatable = false)
  private Long venueId;

  /** The slot's start, copied: the slot cannot move while it holds this reservation's places. */
  @Column(name = "starts_at", nullable = false, updatable = false)
  private Instant startsAt;

  @Column(name = "party_size", nullable = false, updatable = false)
  private int partySize;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 16)
  private ReservationStatus status;

  @Embedded private BookingSource source;

  @Column(name = "hold_expires_at")
  private Instant holdExpiresAt;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "confirmed_at")
  private Instant confirmedAt;

  @Column(name = "cancelled_at")
  private Instant cancelledAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "cancel_reason", length = 24)
  private CancelReason cancelReason;

  @Column(name = "checked_in_at")
  private Instant checkedInAt;

  @Version
  @Column(name = "version")
  private long version;

  protected Reservation() {}

  private Reservation(
      String code,
      Long accountId,
      String guestName,
      Slot slot,
      int partySize,
      BookingSource source,
      Instant now,
      Instant holdExpiresAt) {
    this.code = code;
    this.accountId = accountId;
    this.guestName = guestName;
    this.slot = slot;
    this.venueId = slot.venueId();
    this.startsAt = slot.start();
    this.partySize = partySize;
    this.source = source;
    this.status = ReservationStatus.HELD;
    this.createdAt = now;
    this.holdExpiresAt = holdExpiresAt;
  }

  /** A reservation holding places it has already taken from the slot. */
  public static Reservation hold(
      String code,
      long accountId,
      Slot slot,
      int partySize,
      BookingSource source,
      Instant now,
      Instant holdExpiresAt) {
    return new Reservation(code, accountId, null, slot, partySize, source, now, holdExpiresAt);
  }

  /**
   * A guest without an account who is at the door: booked at the desk of the slot's venue and
   * checked in at once, on the slot's day. The places must have been taken from the slot already.
   */
  public static Reservation walkIn(
      String code, String guestName, Slot slot, int partySize, Instant now, java.time.ZoneId zone) {
    Objects.requireNonNull(guestName);
    Reservation r =
        new Reservation(
            code, null, guestName, slot, partySize, BookingSource.direct(Channel.DESK), now, null);
    r.confirm(now);
    r.checkIn(now, slot.venueId(), zone);
    return r;
  }

  public void confirm(Instant now) {
    if (status == ReservationStatus.HELD && isHoldExpiredAt(now)) {
      throw new HoldExpiredException();
    }
    moveTo(ReservationStatus.CONFIRMED);
    confirmedAt = now;
    holdExpiresAt = null;
  }

  /**
   * Cancels at the customer's request.
   *
   * @return whether this call cancelled it (false when it already was: cancelling is idempotent)
   */
  public boolean cancel(Instant now, CancellationPolicy policy) {
    if (status == ReservationStatus.CANCELLED) {
      return false;
    }
    if (status == ReservationStatus.CONFIRMED
        && policy.isLateAt(now, slot.start())
        && !policy.lateCancellationAllowed()) {
      throw new CancellationWindowClosedException(policy.freeUntil(slot.start()));
    }
    moveTo(ReservationStatus.CANCELLED);
    cancelledAt = now;
    cancelReason = CancelReason.BY_CUSTOMER;
    return true;
  }

  /** Whether a cancellation now would be a late one (confirmed, inside the window). */
  public boolean isLateCancellationAt(Instant now, CancellationPolicy policy) {
    return status == ReservationStatus.CONFIRMED && policy.isLateAt(now, slot.start());
  }

  /**
   * Lets a held booking go because its payment failed: the places return at once instead of at the
   * hold's expiry. Nothing happens to a booking that is no longer held.
   */
  public boolean releaseUnpaid(Instant now) {
    if (status != ReservationStatus.HELD) {
      return false;
    }
    moveTo(ReservationStatus.CANCELLED);
    cancelledAt = now;
    cancelReason = CancelReason.PAYMENT_FAILED;
    holdExpiresAt = null;
    return true;
  }

  /**
   * Lets a hold lapse.
   *
   * @return whether it lapsed now (false when it was confirmed, cancelled, or is not due yet)
   */
  public boolean expire(Instant now) {
    if (status != ReservationStatus.HELD || !isHoldExpiredAt(now)) {
      return false;
    }
    moveTo(ReservationStatus.CANCELLED);
    cancelledAt = now;
    cancelReason = CancelReason.HOLD_EXPIRED;
    holdExpiresAt = null;
    return true;
  }

  /**
   * Checks the customer in at the door of {@code atVenue}, on the day of the visit in the venue's
   * zone.
   *
   * @return whether this call checked in (false when it was done already: checking in twice is
   *     harmless)
   */
  public boolean checkIn(Instant now, long atVenue, java.time.ZoneId zone) {
    if (venueId != atVenue) {
      throw new WrongVenueException();
    }
    if (status == ReservationStatus.CHECKED_IN) {
      return false;
    }
    java.time.LocalDate visitDay = slot.start().atZone(zone).toLocalDate();
    java.time.LocalDate today = now.atZone(zone).toLocalDate();
    if (!visitDay.equals(today)) {
      throw new WrongDayException(visitDay, today);
    }
    if (status != ReservationStatus.CONFIRMED) {
      throw new NotCheckableException(status);
    }
    moveTo(ReservationStatus.CHECKED_IN);
    checkedInAt = now;
    return true;
  }

  /**
   * Marks a customer who did not come, once the grace period after the start has passed.
   *
   * @return whether this call marked it (false when it already was)
   */
  public boolean markNoShow(Instant now, java.time.Duration grace) {
    if (status == ReservationStatus.NO_SHOW) {
      return false;
    }
    Instant allowedFrom = new NoShowWindow(grace).opensAt(slot.start());
    if (status == ReservationStatus.CONFIRMED && now.isBefore(allowedFrom)) {
      throw new TooEarlyForNoShowException(allowedFrom);
    }
    moveTo(ReservationStatus.NO_SHOW);
    return true;
  }

  /** Whether the day of the visit, in the venue's zone, is over. */
  public boolean visitDayIsOverAt(Instant now, java.time.ZoneId zone) {
    return slot.start().atZone(zone).toLocalDate().isBefore(now.atZone(zone).toLocalDate());
  }

  public Instant checkedInAt() {
    return checkedInAt;
  }

  public boolean isHoldExpiredAt(Instant now) {
    return holdExpiresAt != null && !now.isBefore(holdExpiresAt);
  }

  private void moveTo(ReservationStatus target) {
    if (!status.canBecome(target)) {
      throw new IllegalTransitionException(status, target);
    }
    status = target;
  }

  public boolean belongsTo(long account) {
    return accountId != null && accountId == account;
  }

  /** Booked at the desk for a guest without an account. */
  public boolean isWalkIn() {
    return accountId == null;
  }

  public Long id() {
    return id;
  }

  public String code() {
    return code;
  }

  /** The customer's account; null for a walk-in. */
  public Long accountId() {
    return accountId;
  }

  /** The name staff took at the desk for a walk-in; null for a customer with an account. */
  public String guestName() {
    return guestName;
  }

  public Slot slot() {
    return slot;
  }

  public Long venueId() {
    return venueId;
  }

  public int partySize() {
    return partySize;
  }

  public ReservationStatus status() {
    return status;
  }

  public BookingSource source() {
    return source;
  }

  public Instant holdExpiresAt() {
    return holdExpiresAt;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public CancelReason cancelReason() {
    return cancelReason;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Reservation r && code != null && Objects.equals(code, r.code);
  }

  @Override
  public int hashCode() {
    return Objects.hashCode(code);
  }
}
