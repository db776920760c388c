package io.booking.platform.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The API for mobile and other clients, under /api; its contract is the document at /openapi, built
 * from the resources' annotations and completed by {@link ApiContract}.
 */
@ApplicationPath("api")
@OpenAPIDefinition(
    info =
        @Info(
            title = "Booking platform API",
            version = "1",
            description =
                "Find venues, see free slots, book and cancel; the staff desk and the merchant"
                    + " console. Every 4xx answer is an RFC 9457 problem detail"
                    + " (`application/problem+json`) whose `type` names the reason. Operations"
                    + " marked with the bearer scheme need `Authorization: Bearer <token>`, a token"
                    + " from `POST /api/v1/auth/token`; the others are public."),
    tags = {
      @Tag(name = "accounts", description = "Registering, signing in, the caller's account"),
      @Tag(name = "venues", description = "Public: finding venues and their free slots"),
      @Tag(name = "reservations", description = "A customer's own bookings"),
      @Tag(name = "staff desk", description = "Staff at a venue: the day's list, check-in"),
      @Tag(
          name = "merchant",
          description = "A merchant's venues, offerings, schedules, staff and bookings"),
      @Tag(
          name = "merchant applications",
          description = "Becoming a merchant, and the administrators' decisions"),
      @Tag(
          name = "payments",
          description =
              "A customer's payments, and the provider's signed notifications (public: the"
                  + " signature is the authentication)"),
      @Tag(
          name = "administration",
          description = "Administrators: the escrow ledger's balances and commission rates")
    })
@SecurityScheme(
    securitySchemeName = "bearer",
    type = SecuritySchemeType.HTTP,
    scheme = "bearer",
    bearerFormat = "JWT",
    description = "A token from POST /api/v1/auth/token; it keeps the roles it was issued with")
public class BookingApi extends Application {

  /**
   * No WADL: Jersey would answer OPTIONS with it and publish /api/application.wadl to anyone, a
   * second description of the API beside /openapi that says more than the API's contract.
   */
  @Override
  public Map<String, Object> getProperties() {
    return Map.of("jersey.config.server.wadl.disableWadl", true);
  }
}
