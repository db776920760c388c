package io.booking.payment.web;

import io.booking.identity.web.CurrentUser;
import io.booking.payment.application.Payments;
import io.booking.payment.application.ReceiptView;
import io.booking.platform.web.Pages;
import io.booking.shared.domain.UnknownObjectException;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.ZonedDateTime;

/**
 * The receipt of one of the customer's payments once it went through; another's, or one not paid,
 * is 404. Times are in the venue's zone, as the slot is.
 */
@Named
@RequestScoped
public class ReceiptPage {

  @EJB Payments payments;

  @Inject CurrentUser user;

  private Long paymentId;
  private ReceiptView receipt;

  public void load() {
    try {
      receipt = payments.receipt(user.accountId(), paymentId == null ? -1 : paymentId);
    } catch (UnknownObjectException e) {
      Pages.notFound();
    }
  }

  /** An instant of the receipt (paid, refunded) in the venue's zone. */
  public ZonedDateTime local(Instant at) {
    return at == null || receipt == null ? null : at.atZone(receipt.slotStart().getZone());
  }

  public ReceiptView getReceipt() {
    return receipt;
  }

  public Long getPaymentId() {
    return paymentId;
  }

  public void setPaymentId(Long paymentId) {
    this.paymentId = paymentId;
  }
}
