package org.silkway.web.platform.http;

import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.FacesContextFactory;
import jakarta.faces.lifecycle.Lifecycle;
import org.primefaces.csp.CspState;

/**
 * PrimeFaces' script nonce without an HTTP session for readers. PrimeFaces' nonce mode keeps each
 * page's nonce in the view map, to check it on the page's ajax requests; it asks for the nonce
 * before the page is built, when it cannot yet see that the page is stateless, and a view map is
 * kept in the HTTP session, so every anonymous view of a public page opened a session. This state
 * keeps the nonce in the view map only when the visitor already has a session (an editor signed in
 * through the sign-in page, whose forms have view state anyway) and the page keeps state; for
 * everyone else the nonce is fresh per response and stays in the response.
 *
 * <p>PrimeFaces looks its state up in the {@link FacesContext}'s attributes and creates it when
 * absent; {@link Factory}, which PrimeFaces' own factory wraps ({@code META-INF/faces-config.xml}
 * orders Silkway's before PrimeFaces'), puts this one there first.
 */
final class SessionlessNonce extends CspState {

  /** Where PrimeFaces keeps and looks for a page's nonce. */
  private static final String VIEW_MAP_KEY = "primefaces.nonce";

  private final FacesContext context;
  private String nonce;

  private SessionlessNonce(FacesContext context) {
    super(context);
    this.context = context;
  }

  /**
   * An ajax request's nonce is the page's: PrimeFaces checks the one the page sent against the one
   * it kept, as before. Every full response, a first view or a form posted without ajax, gets a
   * fresh nonce with its fresh policy; PrimeFaces expected the page's nonce with a plain form post
   * too, which a post without scripts does not send, and answered it with an error.
   */
  @Override
  public String getNonce() {
    if (nonce == null) {
      if (context.getPartialViewContext().isAjaxRequest()) {
        nonce = super.getNonce();
      } else {
        nonce = generateNonce();
        keepForAjax();
      }
    }
    return nonce;
  }

  /** Kept in the view map for the page's ajax requests, only where a session already exists. */
  private void keepForAjax() {
    UIViewRoot view = context.getViewRoot();
    if (view != null
        && !view.isTransient()
        && context.getExternalContext().getSession(false) != null) {
      view.getViewMap(true).put(VIEW_MAP_KEY, nonce);
    }
  }

  /** Creates each request's FacesContext with this state in place of PrimeFaces' default. */
  public static final class Factory extends FacesContextFactory {

    public Factory(FacesContextFactory wrapped) {
      super(wrapped);
    }

    @Override
    public FacesContext getFacesContext(
        Object context, Object request, Object response, Lifecycle lifecycle) {
      FacesContext faces = getWrapped().getFacesContext(context, request, response, lifecycle);
      faces.getAttributes().put(CspState.class.getName(), new SessionlessNonce(faces));
      return faces;
    }
  }
}
