package io.booking.platform.rest;

import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.regex.Pattern;

/**
 * Ids in paths ({@code @PathParam long}) are ASCII digits: JAX-RS converts with {@code
 * Long.valueOf}, which reads "２" (a full-width two) as 2, so {@code /venues/%EF%BC%92} named venue
 * 2. Anything else names nothing: 404, as JAX-RS answers for {@code /venues/abc}.
 */
@Provider
public class PathIds implements ParamConverterProvider {

  private static final Pattern ID = Pattern.compile("-?[0-9]{1,19}");

  @Override
  @SuppressWarnings("unchecked")
  public <T> ParamConverter<T> getConverter(Class<T> raw, Type generic, Annotation[] annotations) {
    boolean inPath = Arrays.stream(annotations).anyMatch(a -> a instanceof PathParam);
    if (!inPath || (raw != long.class && raw != Long.class)) {
      return null;
    }
    return (ParamConverter<T>) new Ids();
  }

  private static final class Ids implements ParamConverter<Long> {

    @Override
    public Long fromString(String value) {
      if (value != null && ID.matcher(value).matches()) {
        try {
          return Long.parseLong(value);
        } catch (NumberFormatException overflow) {
          // names nothing, like any other non-id
        }
      }
      throw new NotFoundException();
    }

    @Override
    public String toString(Long value) {
      return String.valueOf(value);
    }
  }
}
