package org.silkway.web.admin.support;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.util.Map;
import org.silkway.core.text.InvalidFieldException;

/**
 * Puts a domain refusal next to the input it concerns: the domain names fields as the model does
 * ({@code password}), a form names its inputs ({@code user:password}); a field the form does not
 * show gets a message at the top of the page.
 */
public final class FieldMessages {

  private FieldMessages() {}

  /**
   * @param inputs the model's field names and the client ids of the inputs that take them
   */
  public static void show(InvalidFieldException e, Map<String, String> inputs) {
    String clientId = inputs.get(e.field());
    FacesContext.getCurrentInstance()
        .addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
    FacesContext.getCurrentInstance().validationFailed();
  }

  public static void error(String clientId, String message) {
    FacesContext.getCurrentInstance()
        .addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
    FacesContext.getCurrentInstance().validationFailed();
  }

  public static void info(String message) {
    FacesContext.getCurrentInstance()
        .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, message, null));
  }
}
