package io.booking.platform.rest;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * An RFC 9457 problem detail. {@code type} names the reason (e.g. {@code /problems/slot-sold-out}),
 * {@code errors} names each bad field.
 */
public record Problem(String type, String title, int status, String detail, List<Field> errors) {

  public static final String MEDIA_TYPE = "application/problem+json";

  /** One bad input field and what is wrong with it. */
  public record Field(String field, String reason) {}

  public static Problem of(Response.StatusType status, String reason, String detail) {
    return new Problem(
        "/problems/" + reason, status.getReasonPhrase(), status.getStatusCode(), detail, null);
  }

  public static Problem invalid(int status, String detail, List<Field> errors) {
    Response.Status s = Response.Status.fromStatusCode(status);
    String title = s != null ? s.getReasonPhrase() : "Unprocessable Content";
    return new Problem("/problems/invalid-input", title, status, detail, List.copyOf(errors));
  }

  public Response toResponse() {
    return Response.status(status).type(MediaType.valueOf(MEDIA_TYPE)).entity(this).build();
  }
}
