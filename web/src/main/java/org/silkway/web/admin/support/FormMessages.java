package org.silkway.web.admin.support;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import java.util.function.Function;
import org.silkway.core.text.InvalidFieldException;

/**
 * Puts what went wrong where the editor looks: a wrong field's message beside the field, anything
 * else at the top of the form. The domain's messages are written for people and carry no internals.
 */
public final class FormMessages {

  private FormMessages() {}

  /**
   * Shows the message at the component the domain's field name maps to, or at the top.
   *
   * @param components domain field name ({@code value.amount}) to component client id, or null
   */
  public static void at(InvalidFieldException e, Function<String, String> components) {
    String clientId = components.apply(e.field());
    if (clientId != null && !onThePage(clientId)) {
      // A field the form does not show now (another kind of value was chosen): say it at the top.
      clientId = null;
    }
    add(clientId, FacesMessage.SEVERITY_ERROR, e.getMessage());
    FacesContext.getCurrentInstance().validationFailed();
  }

  /** Whether the component is in the view and rendered, with all its parents: a message shows. */
  private static boolean onThePage(String clientId) {
    FacesContext faces = FacesContext.getCurrentInstance();
    boolean[] shown = {false};
    faces
        .getViewRoot()
        .invokeOnComponent(
            faces,
            clientId,
            (context, component) -> {
              boolean rendered = true;
              for (UIComponent c = component; c != null && rendered; c = c.getParent()) {
                rendered = c.isRendered();
              }
              shown[0] = rendered;
            });
    return shown[0];
  }

  public static void error(String message) {
    add(null, FacesMessage.SEVERITY_ERROR, message);
    FacesContext.getCurrentInstance().validationFailed();
  }

  /** A message that survives the redirect after a successful save. */
  public static void done(String message) {
    FacesContext faces = FacesContext.getCurrentInstance();
    faces.getExternalContext().getFlash().setKeepMessages(true);
    add(null, FacesMessage.SEVERITY_INFO, message);
  }

  private static void add(String clientId, FacesMessage.Severity severity, String message) {
    FacesContext.getCurrentInstance()
        .addMessage(clientId, new FacesMessage(severity, message, null));
  }
}
