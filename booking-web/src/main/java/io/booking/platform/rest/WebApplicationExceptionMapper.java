package io.booking.platform.rest;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * The HTTP errors JAX-RS raises itself (unknown path 404, wrong method 405, wrong media type 415,
 * an unreadable body 400) as problem details instead of the server's HTML pages.
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

  @Override
  public Response toResponse(WebApplicationException e) {
    Response original = e.getResponse();
    int status = original.getStatus();
    if (status >= 500) {
      return UnexpectedExceptionMapper.internalError(e);
    }
    if (MalformedJson.isCause(e)) {
      return MalformedJson.problem(e).toResponse();
    }
    if (status == 400) {
      return new Problem(
              "/problems/malformed-body",
              "Bad Request",
              400,
              "The request body is missing or cannot be read as JSON.",
              null)
          .toResponse();
    }
    Response.StatusType type = original.getStatusInfo();
    String detail =
        switch (status) {
          case 404 -> "There is nothing at this address.";
          case 405 -> "This address does not accept that method.";
          case 406 -> "This address cannot answer in the media type asked for.";
          case 415 -> "Send the body as application/json.";
          case 401 -> "This call needs a bearer token: POST /api/v1/auth/token.";
          default -> type.getReasonPhrase();
        };
    Response.ResponseBuilder b =
        Response.fromResponse(Problem.of(type, reasonOf(status), detail).toResponse());
    if (status == 401) {
      b.header("WWW-Authenticate", "Bearer");
    }
    if (original.getHeaderString("Allow") != null) {
      b.header("Allow", original.getHeaderString("Allow"));
    }
    return b.build();
  }

  private static String reasonOf(int status) {
    return switch (status) {
      case 401 -> "unauthenticated";
      case 403 -> "forbidden";
      case 404 -> "not-found";
      case 405 -> "method-not-allowed";
      case 406 -> "not-acceptable";
      case 415 -> "unsupported-media-type";
      default -> "http-" + status;
    };
  }
}
