package io.booking.platform.rest;

import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Recognizes a body that could not be read as JSON, and says which property, when known. */
final class MalformedJson {

  private static final Pattern PROPERTY = Pattern.compile("property '([A-Za-z0-9_]+)'");

  private MalformedJson() {}

  static boolean isCause(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof JsonbException || t instanceof JsonException) {
        return true;
      }
    }
    return false;
  }

  static Problem problem(Throwable e) {
    Optional<String> property = Optional.empty();
    for (Throwable t = e; t != null && property.isEmpty(); t = t.getCause()) {
      Matcher m = PROPERTY.matcher(String.valueOf(t.getMessage()));
      if (m.find()) {
        property = Optional.of(m.group(1));
      }
    }
    return property
        .map(
            p ->
                Problem.invalid(
                    400,
                    "The value of '" + p + "' has the wrong type.",
                    List.of(new Problem.Field(p, "has the wrong type"))))
        .orElseGet(
            () ->
                new Problem(
                    "/problems/malformed-json",
                    "Bad Request",
                    400,
                    "The request body is not valid JSON.",
                    null));
  }
}
