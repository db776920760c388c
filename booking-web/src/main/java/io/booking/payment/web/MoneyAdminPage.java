package io.booking.payment.web;

import io.booking.identity.web.CurrentUser;
import io.booking.payment.application.BalanceSheet;
import io.booking.payment.application.Commissions;
import io.booking.payment.application.Ledger;
import io.booking.payment.application.MerchantCommissionView;
import io.booking.payment.application.Reconciliation;
import io.booking.payment.application.ReconciliationView;
import io.booking.payment.domain.AccountBalance;
import io.booking.payment.domain.CurrencyTotal;
import io.booking.payment.domain.Finding;
import io.booking.platform.web.Pages;
import io.booking.shared.domain.InvalidInputException;
import io.booking.shared.domain.Money;
import io.booking.shared.domain.UnknownObjectException;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;

/**
 * The administrator's money page: the platform's default commission, merchants' own rates, the
 * ledger's balances with their sums per currency, and the last reconciliation with the provider.
 */
@Named
@ViewScoped
public class MoneyAdminPage implements Serializable {

  @EJB Commissions commissions;

  @EJB Ledger ledger;

  @EJB Reconciliation reconciliation;

  @Inject CurrentUser user;

  private Integer defaultRate;
  private List<MerchantCommissionView> merchantRates = List.of();
  private Long merchantId;
  private Integer merchantRate;
  private BalanceSheet sheet;
  private ReconciliationView lastRun;

  @PostConstruct
  void load() {
    long admin = user.accountId();
    defaultRate = commissions.platformDefault(admin).basisPoints();
    merchantRates = commissions.merchantRates(admin);
    sheet = ledger.balanceSheet(admin);
    lastRun = reconciliation.last(admin).orElse(null);
  }

  public void saveDefault() {
    try {
      commissions.setPlatformDefault(user.accountId(), defaultRate);
      Pages.info("money.defaultSaved", defaultRate);
    } catch (InvalidInputException e) {
      Pages.error("commission:defaultRate", "money.rateInvalid");
    }
  }

  public void setRate() {
    try {
      if (merchantId == null) {
        Pages.error("rates:merchantId", "money.merchantRequired");
        return;
      }
      commissions.setMerchantRate(user.accountId(), merchantId, merchantRate);
      Pages.info("money.rateSet", merchantId, merchantRate);
      merchantId = null;
      merchantRate = null;
      merchantRates = commissions.merchantRates(user.accountId());
    } catch (InvalidInputException e) {
      Pages.error("rates:merchantRate", "money.rateInvalid");
    } catch (UnknownObjectException e) {
      Pages.error("rates:merchantId", "money.merchantUnknown");
    }
  }

  public void removeRate(long merchant) {
    try {
      commissions.clearMerchantRate(user.accountId(), merchant);
      Pages.info("money.rateRemoved", merchant);
    } catch (UnknownObjectException e) {
      Pages.error(null, "money.merchantUnknown");
    }
    merchantRates = commissions.merchantRates(user.accountId());
  }

  public void reconcileNow() {
    lastRun = reconciliation.reconcileNow(user.accountId());
    sheet = ledger.balanceSheet(user.accountId());
    Pages.info(
        lastRun.clean() ? "money.reconciledClean" : "money.reconciledMismatched",
        lastRun.matched(),
        lastRun.mismatchCount());
  }

  /** A signed amount of minor units in its currency, e.g. "-125.00 EUR". */
  public String amount(long minor, String currency) {
    int digits = Math.max(0, Currency.getInstance(currency).getDefaultFractionDigits());
    return BigDecimal.valueOf(minor, digits).toPlainString() + " " + currency;
  }

  public String money(Money m) {
    return m == null ? "" : amount(m.minorUnits(), m.currency());
  }

  /** An instant as the administrator reads it, in UTC, e.g. "2026-12-02 09:15 UTC". */
  public String when(java.time.Instant at) {
    return at == null
        ? ""
        : java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(java.time.ZoneOffset.UTC)
            .format(at);
  }

  /** A rate in basis points as a percentage, e.g. 1000 as "10.00 %". */
  public String percent(int basisPoints) {
    return BigDecimal.valueOf(basisPoints, 2).toPlainString() + " %";
  }

  public Integer getDefaultRate() {
    return defaultRate;
  }

  public void setDefaultRate(Integer defaultRate) {
    this.defaultRate = defaultRate;
  }

  private java.util.Map<Long, String> merchantNames;

  /** Merchants by id, ordered by name (read once per view). */
  public java.util.Map<Long, String> getMerchants() {
    if (merchantNames == null) {
      merchantNames = commissions.merchantNames(user.accountId());
    }
    return merchantNames;
  }

  public String merchantName(long merchant) {
    return getMerchants().getOrDefault(merchant, "#" + merchant);
  }

  public List<MerchantCommissionView> getMerchantRates() {
    return merchantRates;
  }

  public Long getMerchantId() {
    return merchantId;
  }

  public void setMerchantId(Long merchantId) {
    this.merchantId = merchantId;
  }

  public Integer getMerchantRate() {
    return merchantRate;
  }

  public void setMerchantRate(Integer merchantRate) {
    this.merchantRate = merchantRate;
  }

  public List<AccountBalance> getBalances() {
    return sheet.accounts();
  }

  public List<CurrencyTotal> getTotals() {
    return sheet.totals();
  }

  public ReconciliationView getLastRun() {
    return lastRun;
  }

  public List<Finding> getMismatches() {
    return lastRun == null ? List.of() : lastRun.mismatches();
  }
}
