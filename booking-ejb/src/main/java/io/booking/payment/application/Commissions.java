package io.booking.payment.application;

import io.booking.catalog.domain.VenueRepository;
import io.booking.identity.application.AccountService;
import io.booking.payment.domain.CommissionRate;
import io.booking.payment.domain.CommissionRates;
import io.booking.payment.domain.MerchantCommission;
import io.booking.payment.domain.PlatformCommission;
import io.booking.shared.domain.InvalidInputException;
import io.booking.shared.domain.UnknownObjectException;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Optional;

/**
 * Commission rates: the platform default, set by an administrator, and a merchant's own rate, which
 * wins while it exists. A change applies to releases from then on; what was released keeps the rate
 * it was released with (the ledger records the split, not the rate).
 */
@Stateless
public class Commissions {

  @Inject CommissionRates rates;

  @Inject VenueRepository venues;

  @EJB AccountService identity;

  @Inject Clock clock;

  /** The rate a release of the merchant's takes now, in basis points. */
  public int rateFor(long merchantId) {
    return rates
        .ofMerchant(merchantId)
        .map(MerchantCommission::rate)
        .orElseGet(() -> rates.platformDefault().rate())
        .basisPoints();
  }

  public CommissionView platformDefault(long administratorId) {
    Administrators.require(identity, administratorId, "see commission rates");
    return view(rates.platformDefault());
  }

  public CommissionView setPlatformDefault(long administratorId, Integer basisPoints) {
    Administrators.require(identity, administratorId, "set commission rates");
    CommissionRate rate = rate(basisPoints);
    PlatformCommission current = rates.lockPlatformDefault();
    current.change(rate, administratorId, clock.instant());
    return view(current);
  }

  /** The merchants that have a rate of their own, by merchant id. */
  /** Every merchant's name by id, ordered by name: administrators pick whose rate to set. */
  public java.util.Map<Long, String> merchantNames(long administratorId) {
    Administrators.require(identity, administratorId, "see merchants");
    java.util.Map<Long, String> names = new java.util.LinkedHashMap<>();
    venues.merchants().forEach(m -> names.put(m.id(), m.name()));
    return names;
  }

  public java.util.List<MerchantCommissionView> merchantRates(long administratorId) {
    Administrators.require(identity, administratorId, "see commission rates");
    return rates.merchantRates().stream()
        .map(m -> new MerchantCommissionView(m.merchantId(), m.rate().basisPoints(), true))
        .toList();
  }

  public MerchantCommissionView merchantRate(long administratorId, long merchantId) {
    Administrators.require(identity, administratorId, "see commission rates");
    if (!rates.merchantExists(merchantId)) {
      throw new UnknownObjectException("merchant", merchantId);
    }
    return merchantView(merchantId);
  }

  /**
   * Gives the merchant its own rate, or changes it. The merchant's row is locked first, before any
   * read, so that the rate read below is the one the previous change committed.
   */
  public MerchantCommissionView setMerchantRate(
      long administratorId, long merchantId, Integer basisPoints) {
    boolean exists = rates.lockMerchant(merchantId);
    Administrators.require(identity, administratorId, "set commission rates");
    CommissionRate rate = rate(basisPoints);
    if (!exists) {
      throw new UnknownObjectException("merchant", merchantId);
    }
    Optional<MerchantCommission> own = rates.ofMerchant(merchantId);
    if (own.isPresent()) {
      own.get().change(rate, administratorId, clock.instant());
    } else {
      rates.add(new MerchantCommission(merchantId, rate, administratorId, clock.instant()));
    }
    return new MerchantCommissionView(merchantId, rate.basisPoints(), true);
  }

  /** Takes the merchant's own rate away: the platform default applies again. */
  public MerchantCommissionView clearMerchantRate(long administratorId, long merchantId) {
    boolean exists = rates.lockMerchant(merchantId);
    Administrators.require(identity, administratorId, "set commission rates");
    if (!exists) {
      throw new UnknownObjectException("merchant", merchantId);
    }
    rates.ofMerchant(merchantId).ifPresent(rates::remove);
    return new MerchantCommissionView(
        merchantId, rates.platformDefault().rate().basisPoints(), false);
  }

  private MerchantCommissionView merchantView(long merchantId) {
    return rates
        .ofMerchant(merchantId)
        .map(own -> new MerchantCommissionView(merchantId, own.rate().basisPoints(), true))
        .orElseGet(
            () ->
                new MerchantCommissionView(
                    merchantId, rates.platformDefault().rate().basisPoints(), false));
  }

  private static CommissionRate rate(Integer basisPoints) {
    if (basisPoints == null) {
      throw new InvalidInputException("basisPoints", "is required");
    }
    if (!CommissionRate.isValid(basisPoints)) {
      throw new InvalidInputException(
          "basisPoints", "must be between 0 and " + CommissionRate.MAX_BASIS_POINTS);
    }
    return new CommissionRate(basisPoints);
  }

  private static CommissionView view(PlatformCommission commission) {
    return new CommissionView(commission.rate().basisPoints(), commission.updatedAt());
  }
}
