package io.booking.platform.web;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.context.ResponseWriterWrapper;
import java.io.IOException;
import org.primefaces.component.fileupload.FileUpload;
import org.primefaces.component.fileupload.FileUploadRenderer;

/**
 * PrimeFaces' p:fileUpload whose "choose" button is a button to a screen reader too: PrimeFaces 15
 * writes it as a focusable {@code <span>} without a role, named by aria-labelledby, which a span
 * without a role may not carry (axe-core's rule "aria-prohibited-attr", WCAG 4.1.2). Here the span
 * gets role="button". The file input inside it, which PrimeFaces' script clicks, is out of the
 * layout (site.css), so the button has no focusable content ("nested-interactive"). Registered in
 * faces-config.xml.
 */
public class AccessibleFileUploadRenderer extends FileUploadRenderer {

  @Override
  protected void encodeChooseButton(FacesContext context, FileUpload fileUpload, boolean disabled)
      throws IOException {
    ResponseWriter writer = context.getResponseWriter();
    context.setResponseWriter(new FirstElementAsButton(writer));
    try {
      super.encodeChooseButton(context, fileUpload, disabled);
    } finally {
      context.setResponseWriter(writer);
    }
  }

  /** Adds role="button" to the first element written: the choose button's span. */
  private static final class FirstElementAsButton extends ResponseWriterWrapper {

    private boolean first = true;

    FirstElementAsButton(ResponseWriter writer) {
      super(writer);
    }

    @Override
    public void startElement(String name, UIComponent component) throws IOException {
      super.startElement(name, component);
      if (first) {
        first = false;
        super.writeAttribute("role", "button", null);
      }
    }
  }
}
