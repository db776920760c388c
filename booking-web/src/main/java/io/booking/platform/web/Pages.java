package io.booking.platform.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.text.MessageFormat;
import java.util.ResourceBundle;

/** Small helpers every backing bean uses: localized messages and "not found". */
public final class Pages {

  /** The customer pages' texts, then the merchant console's, then the staff desk's. */
  private static final String[] BUNDLES = {
    "io.booking.web.messages", "io.booking.web.console", "io.booking.web.desk"
  };

  private Pages() {}

  public static String text(String key, Object... args) {
    FacesContext faces = FacesContext.getCurrentInstance();
    String pattern = key;
    for (String name : BUNDLES) {
      ResourceBundle bundle = ResourceBundle.getBundle(name, faces.getViewRoot().getLocale());
      if (bundle.containsKey(key)) {
        pattern = bundle.getString(key);
        break;
      }
    }
    return args.length == 0
        ? pattern
        : new MessageFormat(pattern, faces.getViewRoot().getLocale()).format(args);
  }

  /** A message for one field (shown beside it) or, with a null client id, for the page. */
  public static void error(String clientId, String key, Object... args) {
    FacesContext.getCurrentInstance()
        .addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text(key, args), null));
  }

  /**
   * Puts each field error of a refused input beside its field ({@code formId:field}); errors of
   * fields the page does not show go to the top of the page.
   */
  public static void fieldErrors(
      String formId, io.booking.shared.domain.InvalidInputException refused) {
    FacesContext faces = FacesContext.getCurrentInstance();
    for (io.booking.shared.domain.FieldError e : refused.errors()) {
      String id = formId + ":" + e.field().replaceAll("[^A-Za-z0-9_]", "_");
      boolean shown = faces.getViewRoot().findComponent(":" + id) != null;
      String label = text("field." + e.field());
      String message =
          (label.equals("field." + e.field()) ? e.field() : label) + ": " + reason(e.reason());
      errorText(shown ? id : null, message);
    }
  }

  /**
   * A refusal of the domain in the page's language: the bundle's {@code prefix + reason} text, or
   * the domain's own (English) message where the bundle has none.
   */
  public static String problem(String prefix, io.booking.shared.domain.DomainException refused) {
    String key = prefix + refused.reason();
    String text = text(key);
    return text.equals(key) ? refused.getMessage() : text;
  }

  /** Why the domain refused an input, in the page's language where the bundle knows it. */
  public static String reason(String english) {
    return Reasons.in(FacesContext.getCurrentInstance().getViewRoot().getLocale(), english);
  }

  public static void errorText(String clientId, String text) {
    FacesContext.getCurrentInstance()
        .addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
  }

  public static void info(String key, Object... args) {
    infoIn(null, key, args);
  }

  /**
   * A message for one box of a page with several, shown by its {@code <p:messages for="box"
   * forType="key">}; it survives a redirect like any other.
   */
  public static void infoIn(String box, String key, Object... args) {
    FacesContext faces = FacesContext.getCurrentInstance();
    faces.getExternalContext().getFlash().setKeepMessages(true);
    faces.addMessage(box, new FacesMessage(FacesMessage.SEVERITY_INFO, text(key, args), null));
  }

  /** Keeps the messages across the redirect that follows. */
  public static void keepMessages() {
    FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
  }

  /**
   * Answers 404 with the friendly page, for an object that does not exist or is not the caller's.
   */
  public static void notFound() {
    FacesContext faces = FacesContext.getCurrentInstance();
    try {
      faces.getExternalContext().responseSendError(404, "Not found");
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    faces.responseComplete();
  }
}
