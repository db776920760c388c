package io.booking.reservation.web;

import io.booking.identity.web.CurrentUser;
import io.booking.platform.web.Pages;
import io.booking.reservation.application.ReservationService;
import io.booking.reservation.application.ReservationView;
import io.booking.reservation.domain.CancellationWindowClosedException;
import io.booking.reservation.domain.ReservationStatus;
import io.booking.shared.domain.UnknownObjectException;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/** The customer's reservations, upcoming first, with cancellation inside the policy. */
@Named
@ViewScoped
public class MyReservations implements Serializable {

  @EJB ReservationService reservations;

  @Inject CurrentUser user;

  /** Names this view's requests for the idempotency keys of its actions. */
  private final String viewKey = java.util.UUID.randomUUID().toString();

  private List<ReservationView> upcoming = List.of();
  private List<ReservationView> past = List.of();

  @PostConstruct
  void load() {
    Instant now = Instant.now();
    List<ReservationView> all = reservations.reservationsOf(user.accountId());
    upcoming =
        all.stream()
            .filter(
                r -> r.end().toInstant().isAfter(now) && r.status() != ReservationStatus.CANCELLED)
            .sorted(Comparator.comparing(ReservationView::start))
            .toList();
    past = all.stream().filter(r -> !upcoming.contains(r)).toList();
  }

  public void cancel(long id) {
    try {
      // One key per view and reservation: a double click cancels once and answers the same.
      ReservationView cancelled =
          reservations.cancelOnce(user.accountId(), id, viewKey + ":cancel:" + id).reservation();
      Pages.info("reservations.cancelled", cancelled.code());
    } catch (CancellationWindowClosedException closed) {
      Pages.error(null, "reservations.tooLate");
    } catch (UnknownObjectException unknown) {
      Pages.error(null, "reservations.unknown");
    }
    load();
  }

  /** Whether free cancellation is still possible, to offer the button at all. */
  /**
   * Whether the customer may cancel: free before the window; a booking paid online also inside it
   * (the offering's share comes back).
   */
  public boolean cancellable(ReservationView r) {
    boolean open =
        r.status() == ReservationStatus.CONFIRMED || r.status() == ReservationStatus.HELD;
    return open
        && (r.payment() != null || Instant.now().isBefore(r.freeCancellationUntil().toInstant()));
  }

  /** Whether its payment went through, so it has a receipt (also once refunded). */
  public boolean hasReceipt(ReservationView r) {
    return r.payment() != null
        && java.util.Set.of("SUCCEEDED", "PARTIALLY_REFUNDED", "REFUNDED")
            .contains(r.payment().status());
  }

  public List<ReservationView> getUpcoming() {
    return upcoming;
  }

  public List<ReservationView> getPast() {
    return past;
  }
}
