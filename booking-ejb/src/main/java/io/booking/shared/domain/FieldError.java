package io.booking.shared.domain;

/** What is wrong with one input field, in words a client can show beside it. */
public record FieldError(String field, String reason) {}
