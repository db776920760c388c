package io.booking.reservation.web;

import io.booking.identity.web.CurrentUser;
import io.booking.platform.web.Pages;
import io.booking.reservation.application.ReservationService;
import io.booking.reservation.application.ReservationView;
import io.booking.shared.domain.UnknownObjectException;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** After booking: the code, its QR code, the calendar file and the way back to the venue. */
@Named
@ViewScoped
public class Confirmation implements Serializable {

  @EJB ReservationService reservations;

  @Inject CurrentUser user;

  private Long id;
  private ReservationView reservation;
  private String qrDataUri;

  public void load() {
    try {
      reservation = reservations.reservation(user.accountId(), id == null ? -1 : id);
    } catch (UnknownObjectException e) {
      Pages.notFound();
      return;
    }
    qrDataUri = QrCode.pngDataUri(reservation.code(), 240);
  }

  public String getCodeForPeople() {
    return io.booking.reservation.domain.ReservationCode.forPeople(reservation.code());
  }

  public ReservationView getReservation() {
    return reservation;
  }

  public String getQrDataUri() {
    return qrDataUri;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }
}
