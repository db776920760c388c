package io.booking.payment.domain;

import java.util.Currency;
import java.util.regex.Pattern;

/**
 * Names a ledger account by what it is (type, owner or provider, currency) rather than by its id;
 * the ledger opens the account on first use. {@link #key()} is its unique spelling in the database.
 */
public record AccountRef(AccountType type, Long merchantId, String provider, String currency) {

  private static final Pattern PROVIDER = Pattern.compile("[a-z0-9][a-z0-9-]{0,31}");

  public AccountRef {
    if (type == null) {
      throw new IllegalArgumentException("An account has a type");
    }
    if (currency == null) {
      throw new IllegalArgumentException("An account has a currency");
    }
    Currency.getInstance(currency); // refuses anything that is not an ISO 4217 code
    switch (type.owner()) {
      case MERCHANT -> {
        if (merchantId == null || merchantId <= 0 || provider != null) {
          throw new IllegalArgumentException(type + " belongs to a merchant, and only to one");
        }
      }
      case PROVIDER -> {
        if (merchantId != null || provider == null || !PROVIDER.matcher(provider).matches()) {
          throw new IllegalArgumentException(
              type + " belongs to a provider named in lower case, not " + provider);
        }
      }
      case PLATFORM -> {
        if (merchantId != null || provider != null) {
          throw new IllegalArgumentException(type + " belongs to the platform");
        }
      }
    }
  }

  public static AccountRef providerClearing(String provider, String currency) {
    return new AccountRef(AccountType.PROVIDER_CLEARING, null, provider, currency);
  }

  public static AccountRef escrow(long merchantId, String currency) {
    return new AccountRef(AccountType.ESCROW, merchantId, null, currency);
  }

  public static AccountRef merchantPayable(long merchantId, String currency) {
    return new AccountRef(AccountType.MERCHANT_PAYABLE, merchantId, null, currency);
  }

  public static AccountRef platformCommission(String currency) {
    return new AccountRef(AccountType.PLATFORM_COMMISSION, null, null, currency);
  }

  public static AccountRef payoutsInFlight(long merchantId, String currency) {
    return new AccountRef(AccountType.PAYOUTS_IN_FLIGHT, merchantId, null, currency);
  }

  /**
   * The account's unique spelling: {@code ESCROW:42:-:CNY}, {@code
   * PROVIDER_CLEARING:-:sandbox:CNY}.
   */
  public String key() {
    return type
        + ":"
        + (merchantId == null ? "-" : merchantId)
        + ":"
        + (provider == null ? "-" : provider)
        + ":"
        + currency;
  }
}
