package io.booking.catalog.domain;

/** What kind of venue it is, for search. */
public enum Category {
  RESTAURANT,
  FITNESS,
  SPORTS,
  WELLNESS,
  OTHER
}
