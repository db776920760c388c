package io.booking.platform.web;

import io.booking.shared.domain.Money;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.text.NumberFormat;
import java.time.DayOfWeek;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.Currency;

/** Dates, times and money written the way the page's language writes them. */
@Named
@RequestScoped
public class Formats {

  @Inject LocaleSwitcher locale;

  public String dateTime(ZonedDateTime t) {
    return t == null
        ? ""
        : t.format(
            DateTimeFormatter.ofLocalizedDateTime(FormatStyle.FULL, FormatStyle.SHORT)
                .withLocale(locale.getLocale()));
  }

  public String date(ZonedDateTime t) {
    return t == null
        ? ""
        : t.format(
            DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(locale.getLocale()));
  }

  public String time(ZonedDateTime t) {
    return t == null
        ? ""
        : t.format(
            DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale.getLocale()));
  }

  /** The zone as people read it, e.g. "Asia/Shanghai (UTC+08:00)". */
  public String zone(ZonedDateTime t) {
    return t == null
        ? ""
        : t.getZone().getId() + " (UTC" + t.getOffset().getId().replace("Z", "+00:00") + ")";
  }

  public String day(DayOfWeek day) {
    return day.getDisplayName(TextStyle.FULL, locale.getLocale());
  }

  public String money(Money m) {
    if (m == null) {
      return "";
    }
    NumberFormat f = NumberFormat.getCurrencyInstance(locale.getLocale());
    Currency currency = Currency.getInstance(m.currency());
    f.setCurrency(currency);
    f.setMinimumFractionDigits(currency.getDefaultFractionDigits());
    f.setMaximumFractionDigits(currency.getDefaultFractionDigits());
    return f.format(m.amount());
  }
}
