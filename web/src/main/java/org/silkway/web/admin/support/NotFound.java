package org.silkway.web.admin.support;

import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Ends a page request with a 404 when its URL names nothing (an unknown type or key), so the reader
 * sees Silkway's "not found" page with the right status, never an empty or substitute page.
 */
public final class NotFound {

  private NotFound() {}

  public static void answer() {
    FacesContext faces = FacesContext.getCurrentInstance();
    try {
      faces.getExternalContext().responseSendError(404, "Not found");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    faces.responseComplete();
  }
}
