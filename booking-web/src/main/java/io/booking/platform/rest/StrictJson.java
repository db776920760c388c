package io.booking.platform.rest;

import jakarta.json.JsonNumber;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.JsonbException;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.stream.JsonParser;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Type;
import java.math.BigDecimal;

/**
 * The API's JSON-B: whole-number fields ({@code Long}, {@code Integer}) take only JSON numbers that
 * are whole and in range. By default JSON-B cut {@code "slotId": 1.5} to slot 1, wrapped {@code
 * 2^63} round to a negative id, read {@code 1e309} as some number and took {@code "5"} for 5. Such
 * a value is now refused with a 400 that names the field ({@link MalformedJson}).
 *
 * <p>Request bodies use the boxed types ({@code Long}, {@code Integer}): JSON-B looks deserializers
 * up by type, and a primitive {@code long} would still be read the lenient way. (They are boxed
 * anyway, to answer "is required" for a missing field.) Answers are written as before.
 */
@Provider
public class StrictJson implements ContextResolver<Jsonb> {

  private static final Jsonb JSONB =
      JsonbBuilder.create(new JsonbConfig().withDeserializers(new WholeLong(), new WholeInteger()));

  @Override
  public Jsonb getContext(Class<?> type) {
    return JSONB;
  }

  /** A value a whole-number field cannot take; {@link #reason()} says why. */
  public static final class NotAWholeNumber extends JsonbException {

    private final String reason;

    NotAWholeNumber(String reason) {
      super(reason);
      this.reason = reason;
    }

    public String reason() {
      return reason;
    }
  }

  /** The value as an exact decimal, when it is a JSON number; null for JSON null. */
  private static BigDecimal number(JsonParser parser, long min, long max, String expected) {
    JsonValue value = parser.getValue();
    if (value.getValueType() == JsonValue.ValueType.NULL) {
      return null;
    }
    if (!(value instanceof JsonNumber n)) {
      throw new NotAWholeNumber(expected);
    }
    BigDecimal d = n.bigDecimalValue();
    try {
      long whole = d.longValueExact();
      if (whole >= min && whole <= max) {
        return d;
      }
    } catch (ArithmeticException notWholeOrTooLong) {
      // refused below
    }
    throw new NotAWholeNumber(expected);
  }

  public static final class WholeLong implements JsonbDeserializer<Long> {
    @Override
    public Long deserialize(JsonParser parser, DeserializationContext ctx, Type type) {
      BigDecimal d = number(parser, Long.MIN_VALUE, Long.MAX_VALUE, "must be a whole number");
      return d == null ? null : d.longValueExact();
    }
  }

  public static final class WholeInteger implements JsonbDeserializer<Integer> {
    @Override
    public Integer deserialize(JsonParser parser, DeserializationContext ctx, Type type) {
      BigDecimal d =
          number(
              parser,
              Integer.MIN_VALUE,
              Integer.MAX_VALUE,
              "must be a whole number from " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE);
      return d == null ? null : d.intValueExact();
    }
  }
}
