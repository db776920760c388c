package io.booking.catalog.web;

import io.booking.catalog.application.MerchantOnboarding;
import io.booking.catalog.application.MerchantOnboarding.ApplicationView;
import io.booking.identity.web.CurrentUser;
import io.booking.platform.web.Pages;
import io.booking.shared.domain.BusinessConflictException;
import io.booking.shared.domain.InvalidInputException;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** Any signed-in account applies to become a merchant and follows the decision here. */
@Named
@ViewScoped
public class MerchantApplicationPage implements Serializable {

  @EJB MerchantOnboarding onboarding;

  @Inject CurrentUser user;

  private String businessName;
  private String contact;
  private String licenceNumber;
  private List<ApplicationView> mine = List.of();

  @PostConstruct
  void load() {
    mine = onboarding.applicationsOf(user.accountId());
  }

  public void apply() {
    try {
      onboarding.apply(user.accountId(), businessName, contact, licenceNumber);
      Pages.info("apply.sent");
      businessName = contact = licenceNumber = null;
    } catch (InvalidInputException e) {
      Pages.fieldErrors("apply", e);
    } catch (BusinessConflictException e) {
      Pages.error(null, "apply." + e.reason());
    }
    load();
  }

  /** The form is offered while nothing waits for a decision and the account is no merchant. */
  public boolean isCanApply() {
    return !user.isMerchant() && mine.stream().noneMatch(a -> a.status().name().equals("PENDING"));
  }

  public List<ApplicationView> getMine() {
    return mine;
  }

  public String getBusinessName() {
    return businessName;
  }

  public void setBusinessName(String businessName) {
    this.businessName = businessName;
  }

  public String getContact() {
    return contact;
  }

  public void setContact(String contact) {
    this.contact = contact;
  }

  public String getLicenceNumber() {
    return licenceNumber;
  }

  public void setLicenceNumber(String licenceNumber) {
    this.licenceNumber = licenceNumber;
  }
}
