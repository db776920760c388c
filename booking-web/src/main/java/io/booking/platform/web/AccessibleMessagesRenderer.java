package io.booking.platform.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.context.ResponseWriterWrapper;
import java.io.IOException;
import org.primefaces.component.messages.Messages;
import org.primefaces.component.messages.MessagesRenderer;

/**
 * PrimeFaces' p:messages with a list a screen reader can read as one: PrimeFaces 15 writes each
 * message as {@code <li role="alert">}, and a list item with another role leaves its {@code <ul>}
 * holding no list items (axe-core's rule "list", WCAG 1.3.1). Here each list item holds the alert
 * instead, {@code <li><div role="alert" aria-atomic="true">...</div></li>}; everything else is
 * PrimeFaces' own markup (registered in faces-config.xml).
 */
public class AccessibleMessagesRenderer extends MessagesRenderer {

  @Override
  protected void encodeMessage(
      ResponseWriter writer,
      Messages component,
      FacesMessage message,
      String styleClassPrefix,
      boolean escape)
      throws IOException {
    writer.startElement("li", null);
    super.encodeMessage(new ListItemAsDiv(writer), component, message, styleClassPrefix, escape);
    writer.endElement("li");
  }

  /** Writes the {@code <li>} PrimeFaces starts for a message as a {@code <div>}. */
  private static final class ListItemAsDiv extends ResponseWriterWrapper {

    ListItemAsDiv(ResponseWriter writer) {
      super(writer);
    }

    @Override
    public void startElement(String name, UIComponent component) throws IOException {
      super.startElement("li".equals(name) ? "div" : name, component);
    }

    @Override
    public void endElement(String name) throws IOException {
      super.endElement("li".equals(name) ? "div" : name);
    }
  }
}
