package io.booking.platform.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;

@Provider
public class InvalidParameterMapper implements ExceptionMapper<InvalidParameterException> {

  @Override
  public Response toResponse(InvalidParameterException e) {
    return Problem.invalid(
            400,
            "The parameter '" + e.parameter() + "' " + e.getMessage() + ".",
            List.of(new Problem.Field(e.parameter(), e.getMessage())))
        .toResponse();
  }
}
