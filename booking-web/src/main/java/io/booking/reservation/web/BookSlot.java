package io.booking.reservation.web;

import io.booking.catalog.application.CatalogService;
import io.booking.catalog.application.OfferingView;
import io.booking.catalog.application.VenueView;
import io.booking.identity.web.CurrentUser;
import io.booking.inventory.application.AvailabilityService;
import io.booking.inventory.application.SlotView;
import io.booking.platform.web.Pages;
import io.booking.reservation.application.BookingCommand;
import io.booking.reservation.application.ReservationService;
import io.booking.reservation.application.ReservationView;
import io.booking.reservation.domain.BookingSource;
import io.booking.reservation.domain.Channel;
import io.booking.reservation.domain.DailyBookingLimitReachedException;
import io.booking.reservation.domain.SlotSoldOutException;
import io.booking.reservation.domain.SlotStartedException;
import io.booking.shared.domain.InvalidInputException;
import io.booking.shared.domain.UnknownObjectException;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** The confirm step: who books, what, when (in the venue's zone), for how many. */
@Named
@ViewScoped
public class BookSlot implements Serializable {

  @EJB AvailabilityService availability;

  @EJB CatalogService catalog;

  @EJB ReservationService reservations;

  @Inject CurrentUser user;

  /**
   * The rendered page's idempotency key, sent back in a hidden field: a double click or a
   * resubmitted form books once and all lead to the same confirmation, whichever request (and
   * whichever instance of this bean) gets there first. Keys are per account, so a key a client
   * writes itself can only ever replay its own bookings.
   */
  private String requestKey;

  private Long slotId;
  private Integer party;
  private SlotView slot;
  private VenueView venue;
  private OfferingView offering;

  public void load() {
    try {
      slot = availability.slot(slotId == null ? -1 : slotId);
    } catch (UnknownObjectException e) {
      Pages.notFound();
      return;
    }
    venue = catalog.venue(slot.venueId());
    offering = catalog.offering(slot.offeringId());
    if (party == null || party < 1 || party > offering.maxPartySize()) {
      party = Math.min(2, offering.maxPartySize());
    }
  }

  /** What this booking pays online now (0 when it pays at the venue). */
  public io.booking.shared.domain.Money getDueOnline() {
    return catalog.dueOnline(offering.id(), party);
  }

  public String confirm() {
    try {
      ReservationView booked =
          reservations
              .bookOnce(
                  new BookingCommand(
                      user.accountId(), slotId, party, BookingSource.direct(Channel.WEB)),
                  "book:" + getRequestKey() + ":" + slotId + ":" + party)
              .reservation();
      if (booked.payment() == null) {
        return "/account/confirmation?faces-redirect=true&id=" + booked.id();
      }
      if (booked.payment().checkoutUrl() != null) {
        // Off to the provider's checkout; it sends the customer back to the payment page.
        jakarta.faces.context.FacesContext.getCurrentInstance()
            .getExternalContext()
            .redirect(booked.payment().checkoutUrl());
        return null;
      }
      return "/account/payment?faces-redirect=true&reservation=" + booked.id();
    } catch (SlotSoldOutException soldOut) {
      Pages.keepMessages();
      Pages.error(null, "book.soldOut");
      return backToPicker();
    } catch (DailyBookingLimitReachedException limitReached) {
      Pages.error(null, "book.dailyLimit", limitReached.limit());
      return null;
    } catch (SlotStartedException started) {
      Pages.keepMessages();
      Pages.error(null, "book.started");
      return backToPicker();
    } catch (InvalidInputException invalid) {
      Pages.error(null, "book.invalidParty", offering.maxPartySize());
      return null;
    } catch (java.io.IOException redirectFailed) {
      throw new java.io.UncheckedIOException(redirectFailed);
    }
  }

  private String backToPicker() {
    return "/venue?faces-redirect=true&id="
        + venue.id()
        + "&day="
        + slot.start().toLocalDate()
        + "&offering="
        + offering.id()
        + "&party="
        + party;
  }

  public SlotView getSlot() {
    return slot;
  }

  public VenueView getVenue() {
    return venue;
  }

  public OfferingView getOffering() {
    return offering;
  }

  public Long getSlotId() {
    return slotId;
  }

  public String getRequestKey() {
    if (requestKey == null) {
      requestKey = java.util.UUID.randomUUID().toString();
    }
    return requestKey;
  }

  public void setRequestKey(String key) {
    if (key != null && key.matches("[0-9a-f-]{36}")) {
      requestKey = key;
    }
  }

  public void setSlotId(Long slotId) {
    this.slotId = slotId;
  }

  public Integer getParty() {
    return party;
  }

  public void setParty(Integer party) {
    this.party = party;
  }
}
