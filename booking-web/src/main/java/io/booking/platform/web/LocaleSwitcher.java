package io.booking.platform.web;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Locale;

/**
 * The language of the pages: English or Simplified Chinese. It starts from the browser's preference
 * and changes when the person picks the other one.
 */
@Named
@SessionScoped
public class LocaleSwitcher implements Serializable {

  static final Locale ENGLISH = Locale.ENGLISH;
  static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

  private Locale locale;

  public Locale getLocale() {
    if (locale == null) {
      Locale requested = FacesContext.getCurrentInstance().getExternalContext().getRequestLocale();
      locale = requested != null && "zh".equals(requested.getLanguage()) ? CHINESE : ENGLISH;
    }
    return locale;
  }

  public String getLanguageTag() {
    return getLocale().toLanguageTag();
  }

  /** Switches language and stays on the same page. */
  public String use(String languageTag) {
    locale = "zh-CN".equals(languageTag) ? CHINESE : ENGLISH;
    FacesContext faces = FacesContext.getCurrentInstance();
    faces.getViewRoot().setLocale(locale);
    return faces.getViewRoot().getViewId() + "?faces-redirect=true&includeViewParams=true";
  }
}
