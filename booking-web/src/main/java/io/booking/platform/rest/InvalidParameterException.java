package io.booking.platform.rest;

/** A query, path or header parameter that cannot be understood: 400, naming the parameter. */
public class InvalidParameterException extends RuntimeException {

  private final String parameter;

  public InvalidParameterException(String parameter, String reason) {
    super(reason);
    this.parameter = parameter;
  }

  public String parameter() {
    return parameter;
  }
}
