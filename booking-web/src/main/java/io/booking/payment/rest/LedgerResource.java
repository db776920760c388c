package io.booking.payment.rest;

import io.booking.identity.security.CurrentCaller;
import io.booking.payment.application.BalanceSheet;
import io.booking.payment.application.Ledger;
import io.booking.payment.domain.AccountBalance;
import io.booking.payment.domain.CurrencyTotal;
import io.booking.platform.rest.MoneyJson;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The escrow ledger's balances, for administrators (403 for anyone else). */
@Path("v1/admin/ledger")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@Tag(name = "administration")
public class LedgerResource {

  /** One account's balances, credits minus debits; amounts may be negative. */
  public record AccountBalanceJson(
      long id,
      @Schema(
              enumeration = {
                "PROVIDER_CLEARING",
                "ESCROW",
                "MERCHANT_PAYABLE",
                "PLATFORM_COMMISSION",
                "PAYOUTS_IN_FLIGHT"
              })
          String type,
      @Schema(description = "The owner of an escrow, payable or payouts account") Long merchantId,
      @Schema(description = "The provider of a clearing account, e.g. `sandbox`") String provider,
      @Schema(description = "Posted: released, paid out or settled") MoneyJson posted,
      @Schema(description = "Pending: held and not yet posted or voided") MoneyJson pending) {

    static AccountBalanceJson of(AccountBalance b) {
      return new AccountBalanceJson(
          b.accountId(),
          b.type().name(),
          b.merchantId(),
          b.provider(),
          money(b.postedMinor(), b.currency()),
          money(b.pendingMinor(), b.currency()));
    }
  }

  /** The sum of every account's balances in one currency: always 0 while the ledger is sound. */
  public record CurrencyTotalJson(String currency, MoneyJson posted, MoneyJson pending) {

    static CurrencyTotalJson of(CurrencyTotal t) {
      return new CurrencyTotalJson(
          t.currency(),
          money(t.postedMinor(), t.currency()),
          money(t.pendingMinor(), t.currency()));
    }
  }

  public record BalanceSheetJson(
      List<AccountBalanceJson> accounts, List<CurrencyTotalJson> totals) {

    static BalanceSheetJson of(BalanceSheet sheet) {
      return new BalanceSheetJson(
          sheet.accounts().stream().map(AccountBalanceJson::of).toList(),
          sheet.totals().stream().map(CurrencyTotalJson::of).toList());
    }
  }

  @EJB Ledger ledger;

  @Inject CurrentCaller caller;

  @GET
  @Path("balances")
  @Operation(
      operationId = "getLedgerBalances",
      summary = "Every ledger account's balances and their sum per currency (administrators)")
  @APIResponseSchema(
      value = BalanceSheetJson.class,
      responseCode = "200",
      responseDescription = "Each account's posted and pending balance; the sums, which are 0")
  @APIResponse(responseCode = "403", description = "The caller is not an administrator")
  public BalanceSheetJson balances() {
    return BalanceSheetJson.of(ledger.balanceSheet(caller.accountId()));
  }

  /** A signed amount of minor units in the currency's major unit, e.g. -125.00. */
  static MoneyJson money(long minor, String currency) {
    int digits = Math.max(0, Currency.getInstance(currency).getDefaultFractionDigits());
    return new MoneyJson(BigDecimal.valueOf(minor, digits), currency);
  }
}
