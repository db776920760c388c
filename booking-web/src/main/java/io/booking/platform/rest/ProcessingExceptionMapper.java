package io.booking.platform.rest;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** JAX-RS wraps an unreadable JSON body in a ProcessingException: that is the client's 400. */
@Provider
public class ProcessingExceptionMapper implements ExceptionMapper<ProcessingException> {

  @Override
  public Response toResponse(ProcessingException e) {
    if (MalformedJson.isCause(e)) {
      return MalformedJson.problem(e).toResponse();
    }
    return UnexpectedExceptionMapper.internalError(e);
  }
}
