package io.booking.platform.rest;

import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognizes a body that could not be read as JSON, and says which property, when known: JSON-B
 * names each property it was reading ("Unable to deserialize property 'rules' because of: Unable to
 * deserialize property 'intervalMinutes' ..."), so a nested one is {@code rules.intervalMinutes}.
 */
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
    List<String> path = new ArrayList<>();
    String reason = "has the wrong type";
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (path.isEmpty()) {
        Matcher m = PROPERTY.matcher(String.valueOf(t.getMessage()));
        while (m.find()) {
          path.add(m.group(1));
        }
      }
      if (t instanceof StrictJson.NotAWholeNumber refused) {
        reason = refused.reason();
      }
    }
    if (path.isEmpty()) {
      return new Problem(
          "/problems/malformed-json",
          "Bad Request",
          400,
          "The request body is not valid JSON.",
          null);
    }
    String field = String.join(".", path);
    return Problem.invalid(
        400,
        "The value of '" + field + "' " + reason + ".",
        List.of(new Problem.Field(field, reason)));
  }
}
