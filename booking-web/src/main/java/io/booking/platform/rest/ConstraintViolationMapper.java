package io.booking.platform.rest;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Comparator;
import java.util.List;

/** Bean Validation on request bodies: 422 naming each field. */
@Provider
public class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {

  @Override
  public Response toResponse(ConstraintViolationException e) {
    List<Problem.Field> fields =
        e.getConstraintViolations().stream()
            .map(v -> new Problem.Field(fieldOf(v), v.getMessage()))
            .sorted(Comparator.comparing(Problem.Field::field))
            .toList();
    boolean missingBody = fields.stream().anyMatch(f -> f.field().equals("body"));
    if (missingBody) {
      return Problem.invalid(400, "The request needs a JSON body.", fields).toResponse();
    }
    return Problem.invalid(422, "Some fields are not valid.", fields).toResponse();
  }

  private static String fieldOf(ConstraintViolation<?> v) {
    String last = null;
    for (Path.Node node : v.getPropertyPath()) {
      last = node.getName();
    }
    return last == null ? "body" : last;
  }
}
