package io.booking.catalog.application;

import io.booking.catalog.domain.Offering;
import io.booking.shared.domain.FieldError;
import io.booking.shared.domain.InvalidInputException;
import io.booking.shared.domain.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

/** What a merchant says about an offering; every bad field is named at once. */
public record OfferingSpec(
    String name,
    Integer durationMinutes,
    Integer capacity,
    Integer maxPartySize,
    BigDecimal priceAmount,
    String currency,
    Integer cancellationHours,
    Integer leadMinutes,
    Integer horizonDays) {

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
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
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
