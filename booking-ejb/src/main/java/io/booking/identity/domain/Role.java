package io.booking.identity.domain;

/** What an account may do. Every account is a customer; the others are granted. */
public enum Role {
  CUSTOMER,
  MERCHANT,
  STAFF,
  ADMIN
}
