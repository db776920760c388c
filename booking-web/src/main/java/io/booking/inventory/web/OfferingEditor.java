package io.booking.inventory.web;

import io.booking.catalog.application.MerchantCatalog;
import io.booking.catalog.application.OfferingSpec;
import io.booking.catalog.application.OfferingView;
import io.booking.catalog.web.VenueEditor;
import io.booking.identity.web.CurrentUser;
import io.booking.inventory.application.MerchantSchedules;
import io.booking.inventory.domain.CapacityBelowBookingsException;
import io.booking.platform.web.Pages;
import io.booking.shared.domain.InvalidInputException;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import org.primefaces.PrimeFaces;

/**
 * The offerings of the venue open in the merchant's venue page ({@link VenueEditor}): a new one, or
 * a change in the dialog. An offering's capacity, lead time and horizon decide its slots, so a
 * change is the inventory's use case (the upcoming slots follow, or it is refused when a slot holds
 * more than the new capacity); reading and adding go through the catalog, as in the API's
 * MerchantOfferingsResource.
 */
@Named
@ViewScoped
public class OfferingEditor implements Serializable {

  /** The message box of the page's offerings. */
  private static final String OFFERINGS = "offerings";

  @EJB MerchantCatalog catalog;

  @EJB MerchantSchedules schedules;

  @Inject CurrentUser user;

  @Inject VenueEditor venue;

  private OfferingForm offering = new OfferingForm();

  public void newOffering() {
    offering = new OfferingForm();
  }

  public void editOffering(long offeringId) {
    offering = OfferingForm.of(catalog.offeringOf(user.accountId(), offeringId));
  }

  public void saveOffering() {
    long venueId = venue.getVenueId();
    try {
      if (offering.id == null) {
        catalog.addOffering(user.accountId(), venueId, offering.spec());
      } else {
        schedules.updateOffering(user.accountId(), venueId, offering.id, offering.spec());
      }
      Pages.infoIn(OFFERINGS, "offering.saved", offering.name);
      offering = new OfferingForm();
      venue.refresh();
      PrimeFaces.current().executeScript("PF('offeringDialog').hide()");
    } catch (InvalidInputException e) {
      Pages.fieldErrors("offeringForm", e);
    } catch (CapacityBelowBookingsException e) {
      Pages.error("offeringForm:capacity", "offering.capacityBelowBookings");
    }
  }

  public OfferingForm getOffering() {
    return offering;
  }

  /** An offering as typed; a null id is a new one. */
  public static class OfferingForm implements Serializable {
    Long id;
    String name;
    Integer durationMinutes = 60;
    Integer capacity = 10;
    Integer maxPartySize = 2;
    BigDecimal price;
    String currency = "CNY";
    Integer cancellationHours = 12;
    Integer leadMinutes = 0;
    Integer horizonDays = 14;
    String paymentMode = "AT_VENUE";
    BigDecimal deposit;
    boolean depositPerPerson;
    Integer lateCancelRefundPercent = 0;

    static OfferingForm of(OfferingView o) {
      OfferingForm f = new OfferingForm();
      f.id = o.id();
      f.name = o.name();
      f.durationMinutes = o.durationMinutes();
      f.capacity = o.capacity();
      f.maxPartySize = o.maxPartySize();
      f.price = o.price().amount();
      f.currency = o.price().currency();
      f.cancellationHours = o.cancellationHours();
      f.leadMinutes = o.leadMinutes();
      f.horizonDays = o.horizonDays();
      f.paymentMode = o.paymentMode().name();
      f.deposit = o.deposit() == null ? null : o.deposit().amount();
      f.depositPerPerson = o.depositPerPerson();
      f.lateCancelRefundPercent = o.lateCancelRefundPercent();
      return f;
    }

    OfferingSpec spec() {
      return new OfferingSpec(
          name,
          durationMinutes,
          capacity,
          maxPartySize,
          price,
          currency,
          cancellationHours,
          leadMinutes,
          horizonDays,
          new OfferingSpec.PaymentSpec(
              paymentMode, deposit, depositPerPerson, lateCancelRefundPercent));
    }

    public String getPaymentMode() {
      return paymentMode;
    }

    public void setPaymentMode(String v) {
      paymentMode = v;
    }

    public BigDecimal getDeposit() {
      return deposit;
    }

    public void setDeposit(BigDecimal v) {
      deposit = v;
    }

    public boolean isDepositPerPerson() {
      return depositPerPerson;
    }

    public void setDepositPerPerson(boolean v) {
      depositPerPerson = v;
    }

    public Integer getLateCancelRefundPercent() {
      return lateCancelRefundPercent;
    }

    public void setLateCancelRefundPercent(Integer v) {
      lateCancelRefundPercent = v;
    }

    public Long getId() {
      return id;
    }

    public String getName() {
      return name;
    }

    public void setName(String v) {
      name = v;
    }

    public Integer getDurationMinutes() {
      return durationMinutes;
    }

    public void setDurationMinutes(Integer v) {
      durationMinutes = v;
    }

    public Integer getCapacity() {
      return capacity;
    }

    public void setCapacity(Integer v) {
      capacity = v;
    }

    public Integer getMaxPartySize() {
      return maxPartySize;
    }

    public void setMaxPartySize(Integer v) {
      maxPartySize = v;
    }

    public BigDecimal getPrice() {
      return price;
    }

    public void setPrice(BigDecimal v) {
      price = v;
    }

    public String getCurrency() {
      return currency;
    }

    public void setCurrency(String v) {
      currency = v;
    }

    public Integer getCancellationHours() {
      return cancellationHours;
    }

    public void setCancellationHours(Integer v) {
      cancellationHours = v;
    }

    public Integer getLeadMinutes() {
      return leadMinutes;
    }

    public void setLeadMinutes(Integer v) {
      leadMinutes = v;
    }

    public Integer getHorizonDays() {
      return horizonDays;
    }

    public void setHorizonDays(Integer v) {
      horizonDays = v;
    }
  }
}
