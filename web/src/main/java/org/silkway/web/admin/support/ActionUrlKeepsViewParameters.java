package org.silkway.web.admin.support;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.component.UIViewParameter;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseId;
import jakarta.faces.view.ViewMetadata;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A form posts back to its page's own address, view parameters included ({@code
 * entry.xhtml?key=project/cku-railway}), so that a page shown again after a refused save (a wrong
 * field, a conflict) still has the address a person can bookmark, copy or reload. Faces leaves the
 * parameters out of a form's action; OmniFaces' {@code o:form includeViewParams} puts them in, but
 * the rest of that library is not needed here, and it is this one method.
 *
 * <p>Only while a page renders: a redirect to a page builds its own address with its own
 * parameters.
 */
public class ActionUrlKeepsViewParameters extends ViewHandlerWrapper {

  public ActionUrlKeepsViewParameters(ViewHandler wrapped) {
    super(wrapped);
  }

  @Override
  public String getActionURL(FacesContext context, String viewId) {
    String url = super.getActionURL(context, viewId);
    UIViewRoot root = context.getViewRoot();
    if (context.getCurrentPhaseId() != PhaseId.RENDER_RESPONSE
        || root == null
        || !viewId.equals(root.getViewId())) {
      return url;
    }
    Map<String, List<String>> parameters = new LinkedHashMap<>();
    for (UIViewParameter parameter : ViewMetadata.getViewParameters(root)) {
      String value = parameter.getStringValue(context);
      if (value != null && !value.isEmpty()) {
        parameters.put(parameter.getName(), List.of(value));
      }
    }
    return parameters.isEmpty()
        ? url
        : context.getExternalContext().encodeBookmarkableURL(url, parameters);
  }
}
