package io.booking.catalog.application;

import io.booking.catalog.domain.VenueRepository;
import io.booking.identity.application.AccountService;
import io.booking.identity.application.AccountView;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;

/** Who works at a merchant's venue; only the venue's merchant changes it. */
@Stateless
public class VenueStaff {

  @Inject VenueRepository venues;

  @EJB AccountService accounts;

  public List<AccountView> staffOf(long ownerAccountId, long venueId) {
    MerchantCatalog.owned(venues, ownerAccountId, venueId);
    return accounts.staffOf(venueId);
  }

  public AccountView invite(long ownerAccountId, long venueId, String username) {
    MerchantCatalog.owned(venues, ownerAccountId, venueId);
    return accounts.addStaffByUsername(username, venueId);
  }

  public void remove(long ownerAccountId, long venueId, long staffAccountId) {
    MerchantCatalog.owned(venues, ownerAccountId, venueId);
    accounts.removeStaff(staffAccountId, venueId);
  }
}
