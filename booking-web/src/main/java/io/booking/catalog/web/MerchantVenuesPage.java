package io.booking.catalog.web;

import io.booking.catalog.application.MerchantCatalog;
import io.booking.catalog.application.VenueView;
import io.booking.identity.web.CurrentUser;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The merchant's own venues, the console's start page. */
@Named
@RequestScoped
public class MerchantVenuesPage {

  @EJB MerchantCatalog catalog;

  @Inject CurrentUser user;

  private List<VenueView> venues;

  public List<VenueView> getVenues() {
    if (venues == null) {
      venues = catalog.venuesOf(user.accountId());
    }
    return venues;
  }
}
