package io.booking.catalog.web;

import io.booking.catalog.application.MerchantOnboarding;
import io.booking.catalog.application.MerchantOnboarding.ApplicationView;
import io.booking.identity.web.CurrentUser;
import io.booking.platform.web.Pages;
import io.booking.shared.domain.BusinessConflictException;
import io.booking.shared.domain.InvalidInputException;
import io.booking.shared.domain.UnknownObjectException;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** Administrators decide merchant applications, always with a reason. */
@Named
@ViewScoped
public class ApplicationsAdminPage implements Serializable {

  @EJB MerchantOnboarding onboarding;

  @Inject CurrentUser user;

  private List<ApplicationView> pending = List.of();
  private Long chosen;
  private String reason;

  @PostConstruct
  void load() {
    pending = onboarding.pending(user.accountId());
  }

  public void choose(long applicationId) {
    chosen = applicationId;
    reason = null;
  }

  public void approve() {
    decide(true);
  }

  public void reject() {
    decide(false);
  }

  private void decide(boolean approve) {
    try {
      ApplicationView decided =
          approve
              ? onboarding.approve(user.accountId(), chosen, reason)
              : onboarding.reject(user.accountId(), chosen, reason);
      Pages.info(approve ? "admin.approved" : "admin.rejected", decided.businessName());
      chosen = null;
    } catch (InvalidInputException e) {
      Pages.error("decision:reason", "admin.reasonRequired");
    } catch (BusinessConflictException | UnknownObjectException e) {
      Pages.error(null, "admin.alreadyDecided");
      chosen = null;
    }
    load();
  }

  public List<ApplicationView> getPending() {
    return pending;
  }

  public Long getChosen() {
    return chosen;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
