package io.booking.catalog.application;

import io.booking.catalog.domain.Offering;
import io.booking.catalog.domain.PaymentMode;
import io.booking.catalog.domain.PaymentTerms;
import io.booking.shared.domain.FieldError;
import io.booking.shared.domain.InvalidInputException;
import io.booking.shared.domain.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

/**
 * What a merchant says about an offering; every bad field is named at once. {@code payment} left
 * out means paid at the venue.
 */
public record OfferingSpec(
    String name,
    Integer durationMinutes,
    Integer capacity,
    Integer maxPartySize,
    BigDecimal priceAmount,
    String currency,
    Integer cancellationHours,
    Integer leadMinutes,
    Integer horizonDays,
    PaymentSpec payment) {

  /**
   * How bookings pay: {@code mode} AT_VENUE, DEPOSIT (with {@code depositAmount}, per booking or
   * per person) or PREPAID; and what a cancellation inside the window gets back, in percent.
   */
  public record PaymentSpec(
      String mode,
      BigDecimal depositAmount,
      Boolean depositPerPerson,
      Integer lateCancelRefundPercent) {}

  public void check() {
    List<FieldError> errors = new ArrayList<>();
    if (name == null || name.isBlank()) {
      errors.add(new FieldError("name", "is required"));
    } else if (name.strip().length() > 120) {
      errors.add(new FieldError("name", "must be at most 120 characters"));
    }
    if (durationMinutes == null || durationMinutes < 5 || durationMinutes > 1440) {
      errors.add(new FieldError("durationMinutes", "must be between 5 and 1440"));
    }
    if (capacity == null || capacity < 1 || capacity > 10_000) {
      errors.add(new FieldError("capacity", "must be between 1 and 10000"));
    }
    if (maxPartySize == null || maxPartySize < 1 || (capacity != null && maxPartySize > capacity)) {
      errors.add(new FieldError("maxPartySize", "must be between 1 and the capacity"));
    }
    if (cancellationHours == null || cancellationHours < 0 || cancellationHours > 720) {
      errors.add(new FieldError("cancellationHours", "must be between 0 and 720"));
    }
    if (leadMinutes != null && (leadMinutes < 0 || leadMinutes > Offering.MAX_LEAD_MINUTES)) {
      errors.add(
          new FieldError("leadMinutes", "must be between 0 and " + Offering.MAX_LEAD_MINUTES));
    }
    if (horizonDays != null && (horizonDays < 1 || horizonDays > Offering.MAX_HORIZON_DAYS)) {
      errors.add(
          new FieldError("horizonDays", "must be between 1 and " + Offering.MAX_HORIZON_DAYS));
    }
    Currency c = null;
    try {
      c = currency == null ? null : Currency.getInstance(currency.trim().toUpperCase());
    } catch (IllegalArgumentException e) {
      c = null;
    }
    if (c == null) {
      errors.add(new FieldError("price.currency", "must be an ISO 4217 code such as CNY or EUR"));
    } else if (priceAmount == null
        || priceAmount.signum() < 0
        || priceAmount.scale() > c.getDefaultFractionDigits()) {
      errors.add(
          new FieldError(
              "price.amount",
              "must be 0 or more with at most " + c.getDefaultFractionDigits() + " decimals"));
    } else if (priceAmount.compareTo(Money.maxAmount(c.getCurrencyCode())) > 0) {
      errors.add(
          new FieldError(
              "price.amount",
              "must be at most " + Money.maxAmount(c.getCurrencyCode()).toPlainString()));
    }
    if (c != null && payment != null) {
      checkPayment(errors, c);
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
  }

  private void checkPayment(List<FieldError> errors, Currency c) {
    PaymentMode mode = modeOrNull();
    if (mode == null) {
      errors.add(new FieldError("payment.mode", "must be one of AT_VENUE, DEPOSIT, PREPAID"));
      return;
    }
    Integer percent = payment.lateCancelRefundPercent();
    if (percent != null && (percent < 0 || percent > 100)) {
      errors.add(new FieldError("lateCancelRefundPercent", "must be between 0 and 100"));
    }
    if (mode == PaymentMode.PREPAID && priceAmount != null && priceAmount.signum() == 0) {
      errors.add(new FieldError("price.amount", "must be more than 0 when paid online"));
    }
    if (mode == PaymentMode.DEPOSIT) {
      BigDecimal deposit = payment.depositAmount();
      if (deposit == null
          || deposit.signum() <= 0
          || deposit.scale() > c.getDefaultFractionDigits()
          || deposit.compareTo(Money.maxAmount(c.getCurrencyCode())) > 0) {
        errors.add(
            new FieldError(
                "payment.depositAmount",
                "must be more than 0 with at most " + c.getDefaultFractionDigits() + " decimals"));
      }
    }
  }

  private PaymentMode modeOrNull() {
    if (payment == null || payment.mode() == null) {
      return PaymentMode.AT_VENUE;
    }
    try {
      return PaymentMode.valueOf(payment.mode().trim().toUpperCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** The payment terms asked for; call after {@link #check()}. */
  public PaymentTerms paymentTerms() {
    int percent =
        payment == null || payment.lateCancelRefundPercent() == null
            ? 0
            : payment.lateCancelRefundPercent();
    return switch (modeOrNull()) {
      case AT_VENUE -> PaymentTerms.atVenue();
      case PREPAID -> PaymentTerms.prepaid(percent);
      case DEPOSIT ->
          PaymentTerms.deposit(
              Money.of(payment.depositAmount(), currency.trim().toUpperCase()),
              Boolean.TRUE.equals(payment.depositPerPerson()),
              percent);
    };
  }

  /** Booking stays open until the start unless the merchant sets a lead time. */
  public int leadMinutesOrDefault() {
    return leadMinutes == null ? 0 : leadMinutes;
  }

  public int horizonDaysOrDefault() {
    return horizonDays == null ? Offering.DEFAULT_HORIZON_DAYS : horizonDays;
  }

  public Money price() {
    return Money.of(priceAmount, currency.trim().toUpperCase());
  }
}
