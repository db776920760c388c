package io.booking.platform.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** The API for mobile and other clients, under /api; documented at /openapi. */
@ApplicationPath("api")
@OpenAPIDefinition(
    info =
        @Info(
            title = "Booking platform API",
            version = "1",
            description =
                "Find venues, see free slots, book and cancel. Errors are RFC 9457 problem"
                    + " details. Get a token from POST /api/v1/auth/token and send it as"
                    + " 'Authorization: Bearer <token>'."))
@SecurityScheme(
    securitySchemeName = "bearer",
    type = SecuritySchemeType.HTTP,
    scheme = "bearer",
    bearerFormat = "JWT")
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
