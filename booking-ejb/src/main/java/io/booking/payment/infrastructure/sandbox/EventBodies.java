package io.booking.payment.infrastructure.sandbox;

import io.booking.payment.domain.InvalidNotificationException;
import io.booking.payment.domain.PaymentProvider.EventType;
import io.booking.payment.domain.PaymentProvider.ProviderEvent;
import io.booking.shared.domain.Money;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * A notification's JSON body, one object with the event's fields under the names of {@link
 * ProviderEvent}:
 *
 * <pre>
 * {"eventId":"sbx_evt_…","type":"PAYMENT_SUCCEEDED","providerPaymentId":"sbx_pay_…",
 *  "reference":"<the platform's payment id>","providerRefundId":null,
 *  "amount":{"minor":4950,"currency":"EUR"},"occurredAt":"2026-05-01T11:00:00.123456Z"}
 * </pre>
 *
 * A refund's events carry the refund's id and amount; a payout's carry the payout's id in {@code
 * providerPaymentId} and its key in {@code reference}.
 */
final class EventBodies {

  private EventBodies() {}

  static String write(ProviderEvent e) {
    JsonObjectBuilder b =
        Json.createObjectBuilder().add("eventId", e.eventId()).add("type", e.type().name());
    addOrNull(b, "providerPaymentId", e.providerPaymentId());
    addOrNull(b, "reference", e.reference());
    addOrNull(b, "providerRefundId", e.providerRefundId());
    b.add(
        "amount",
        Json.createObjectBuilder()
            .add("minor", e.amount().minorUnits())
            .add("currency", e.amount().currency()));
    b.add("occurredAt", DateTimeFormatter.ISO_INSTANT.format(e.occurredAt()));
    return b.build().toString();
  }

  /**
   * Reads a body written by {@link #write}.
   *
   * @throws InvalidNotificationException when it is not such an object
   */
  static ProviderEvent read(String body) {
    if (body == null || body.isBlank()) {
      throw new InvalidNotificationException("The notification has no body.");
    }
    try (JsonReader reader = Json.createReader(new StringReader(body))) {
      JsonObject o = reader.readObject();
      JsonObject amount = o.getJsonObject("amount");
      if (amount == null) {
        throw new InvalidNotificationException("The notification has no amount.");
      }
      return new ProviderEvent(
          required(o, "eventId"),
          EventType.valueOf(required(o, "type")),
          optional(o, "providerPaymentId"),
          optional(o, "reference"),
          optional(o, "providerRefundId"),
          Money.ofMinor(
              amount.getJsonNumber("minor").longValueExact(), required(amount, "currency")),
          Instant.parse(required(o, "occurredAt")));
    } catch (JsonException
        | ClassCastException
        | NullPointerException
        | IllegalArgumentException
        | ArithmeticException
        | DateTimeParseException unreadable) {
      throw new InvalidNotificationException(
          "The notification's body is not a sandbox event: " + unreadable.getMessage());
    }
  }

  private static void addOrNull(JsonObjectBuilder b, String name, String value) {
    if (value == null) {
      b.addNull(name);
    } else {
      b.add(name, value);
    }
  }

  private static String required(JsonObject o, String name) {
    String value = optional(o, name);
    if (value == null || value.isBlank()) {
      throw new InvalidNotificationException("The notification has no " + name + ".");
    }
    return value;
  }

  private static String optional(JsonObject o, String name) {
    JsonValue v = o.get(name);
    return v == null || v.getValueType() == JsonValue.ValueType.NULL ? null : o.getString(name);
  }
}
