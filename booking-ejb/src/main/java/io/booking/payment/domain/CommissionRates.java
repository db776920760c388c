package io.booking.payment.domain;

import java.util.Optional;

/** The platform's default commission rate and the merchants' own. */
public interface CommissionRates {

  PlatformCommission platformDefault();

  /** The default, its row locked until the transaction ends. */
  PlatformCommission lockPlatformDefault();

  Optional<MerchantCommission> ofMerchant(long merchantId);

  /** Every merchant's own rate, by merchant id. */
  java.util.List<MerchantCommission> merchantRates();

  boolean merchantExists(long merchantId);

  /**
   * Locks the merchant's row until the transaction ends, so that changes of its rate run one after
   * another (the owner's row lock of decision 0017). Taken before any other read of the
   * transaction, the reads after it see what the previous change committed.
   *
   * @return false when there is no such merchant
   */
  boolean lockMerchant(long merchantId);

  void add(MerchantCommission commission);

  void remove(MerchantCommission commission);
}
