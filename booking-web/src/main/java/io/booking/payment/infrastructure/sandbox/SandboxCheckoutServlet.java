package io.booking.payment.infrastructure.sandbox;

import io.booking.payment.infrastructure.sandbox.CheckoutPage.Notice;
import io.booking.payment.infrastructure.sandbox.SandboxCheckout.PayResult;
import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The sandbox's hosted checkout page at /sandbox/checkout?token=...: part of the sandbox adapter,
 * not a page of the platform (so it lives beside the adapter, not in payment.web, and uses no
 * session, sign-in or Faces). GET shows the payment; POST pays with the typed card and sends the
 * browser on to the payment's return URL (303), or shows why not. The checkout token is the
 * capability and the form's only credential, as on a real provider's page.
 */
@WebServlet(urlPatterns = SandboxCheckoutServlet.PATH)
public class SandboxCheckoutServlet extends HttpServlet {

  static final String PATH = "/sandbox/checkout";

  @EJB SandboxCheckout checkout;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String token = request.getParameter("token");
    Optional<SandboxCheckout.View> payment = checkout.checkout(token);
    if (payment.isEmpty()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    render(request, response, token, payment.get(), "", Notice.NONE);
  }

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    request.setCharacterEncoding(StandardCharsets.UTF_8.name());
    String token = request.getParameter("token");
    String card = request.getParameter("card");
    PayResult result = checkout.pay(token, card);
    switch (result.outcome()) {
      case PAID, ALREADY_PAID -> {
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", result.payment().returnUrl());
      }
      case DECLINED -> render(request, response, token, result.payment(), card, Notice.DECLINED);
      case UNKNOWN_CARD ->
          render(request, response, token, result.payment(), card, Notice.UNKNOWN_CARD);
      case CLOSED -> render(request, response, token, result.payment(), card, Notice.NONE);
      case NOT_FOUND -> response.sendError(HttpServletResponse.SC_NOT_FOUND);
    }
  }

  private static void render(
      HttpServletRequest request,
      HttpServletResponse response,
      String token,
      SandboxCheckout.View payment,
      String typedCard,
      Notice notice)
      throws IOException {
    String html =
        new CheckoutPage(request.getLocale())
            .html(
                request.getContextPath() + PATH,
                request.getContextPath() + "/resources/css/sandbox.css",
                token,
                payment,
                typedCard,
                notice);
    response.setContentType("text/html;charset=UTF-8");
    // The URL carries the capability to pay: never kept by a cache.
    response.setHeader("Cache-Control", "no-store");
    allowRedirectToReturnUrl(response, payment.returnUrl());
    response.getWriter().write(html);
  }

  /**
   * The platform's policy lets forms go to this origin only, and browsers apply that to where a
   * form's answer redirects too: the return URL's origin is added, in case it is another host than
   * the one the checkout was reached on.
   */
  private static void allowRedirectToReturnUrl(HttpServletResponse response, String returnUrl) {
    String policy = response.getHeader("Content-Security-Policy");
    String origin = CheckoutPage.origin(returnUrl);
    if (policy != null && !origin.isEmpty() && policy.contains("form-action 'self'")) {
      response.setHeader(
          "Content-Security-Policy",
          policy.replace("form-action 'self'", "form-action 'self' " + origin));
    }
  }
}
