package io.booking.shared.domain;

import java.util.List;
import java.util.stream.Collectors;

/** Input that breaks a business rule, naming each field and what is wrong with it. */
public class InvalidInputException extends DomainException {

  private final List<FieldError> errors;

  public InvalidInputException(List<FieldError> errors) {
    super(
        "invalid-input",
        errors.stream().map(e -> e.field() + ": " + e.reason()).collect(Collectors.joining("; ")));
    this.errors = List.copyOf(errors);
  }

  public InvalidInputException(String field, String reason) {
    this(List.of(new FieldError(field, reason)));
  }

  public List<FieldError> errors() {
    return errors;
  }
}
