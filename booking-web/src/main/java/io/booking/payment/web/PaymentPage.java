package io.booking.payment.web;

import io.booking.identity.web.CurrentUser;
import io.booking.payment.application.Payments;
import io.booking.platform.web.Pages;
import io.booking.reservation.application.ReservationService;
import io.booking.reservation.application.ReservationView;
import io.booking.reservation.domain.ReservationStatus;
import io.booking.shared.domain.UnknownObjectException;
import jakarta.ejb.EJB;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;

/**
 * Where the provider's checkout sends the customer back: it waits (polling) until the provider's
 * notification has confirmed the booking, then shows the confirmation; or says why not.
 */
@Named
@ViewScoped
public class PaymentPage implements Serializable {

  @EJB ReservationService reservations;

  @EJB Payments payments;

  @Inject CurrentUser user;

  private Long reservationId;
  private ReservationView reservation;

  public void load() {
    try {
      reservation =
          reservations.reservation(user.accountId(), reservationId == null ? -1 : reservationId);
    } catch (UnknownObjectException e) {
      Pages.notFound();
      return;
    }
    if (reservation.payment() == null) {
      Pages.notFound();
    }
  }

  /** Polled while waiting: once confirmed, on to the confirmation with the code. */
  public void refresh() {
    reservation = reservations.reservation(user.accountId(), reservationId);
    if (reservation.status() == ReservationStatus.CONFIRMED) {
      ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
      try {
        external.redirect(
            external.getRequestContextPath() + "/account/confirmation.xhtml?id=" + reservationId);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** The provider could not be reached when booking: try its checkout again. */
  public void openCheckout() {
    reservations.reservation(user.accountId(), reservationId);
    String url = payments.checkout(reservationId).checkoutUrl();
    refresh();
    if (url != null) {
      try {
        FacesContext.getCurrentInstance().getExternalContext().redirect(url);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  public boolean isWaiting() {
    return reservation != null
        && reservation.status() == ReservationStatus.HELD
        && "PENDING".equals(reservation.payment().status());
  }

  /** Whether the payment went through (also when refunded since): it has a receipt. */
  public boolean isPaid() {
    if (reservation == null || reservation.payment() == null) {
      return false;
    }
    String payment = reservation.payment().status();
    return "SUCCEEDED".equals(payment) || payment.contains("REFUNDED");
  }

  /** What to tell the customer, as a message key; null while there is nothing to say yet. */
  public String getOutcome() {
    if (reservation == null || reservation.payment() == null) {
      return null;
    }
    String payment = reservation.payment().status();
    if (reservation.status() == ReservationStatus.CONFIRMED) {
      return "payment.confirmed";
    }
    if ("FAILED".equals(payment)) {
      return "payment.declined";
    }
    if ("CANCELLED".equals(payment)) {
      return "payment.cancelled";
    }
    if (reservation.status() == ReservationStatus.CANCELLED
        && ("SUCCEEDED".equals(payment) || payment.contains("REFUNDED"))) {
      return "payment.refundedLate";
    }
    return null;
  }

  public ReservationView getReservation() {
    return reservation;
  }

  public Long getReservationId() {
    return reservationId;
  }

  public void setReservationId(Long reservationId) {
    this.reservationId = reservationId;
  }
}
