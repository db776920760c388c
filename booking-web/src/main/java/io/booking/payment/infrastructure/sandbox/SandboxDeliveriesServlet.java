package io.booking.payment.infrastructure.sandbox;

import jakarta.ejb.EJB;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The sandbox's webhook log for one payment, GET /sandbox/notifications?token=... (the checkout
 * token is the capability, as for the checkout page): each notification queued about the payment,
 * its type and whether the platform has taken it. Tests and demos wait on it instead of sleeping.
 * An unknown token is 404.
 */
@WebServlet(urlPatterns = SandboxDeliveriesServlet.PATH)
public class SandboxDeliveriesServlet extends HttpServlet {

  static final String PATH = "/sandbox/notifications";

  @EJB SandboxCheckout checkout;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String token = request.getParameter("token");
    if (checkout.checkout(token).isEmpty()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    List<SandboxCheckout.Delivery> deliveries = checkout.deliveries(token);
    JsonArrayBuilder items = Json.createArrayBuilder();
    for (SandboxCheckout.Delivery d : deliveries) {
      JsonObjectBuilder item =
          Json.createObjectBuilder()
              .add("eventId", d.eventId())
              .add("type", d.type())
              .add("delivered", d.delivered());
      if (d.lastStatus() == null) {
        item.addNull("lastStatus");
      } else {
        item.add("lastStatus", d.lastStatus());
      }
      items.add(item);
    }
    response.setContentType("application/json");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.setHeader("Cache-Control", "no-store");
    response.getWriter().write(Json.createObjectBuilder().add("items", items).build().toString());
  }
}
