package org.silkway.web.admin.support;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.silkway.core.curation.Curator;
import org.silkway.core.curation.NotAllowedException;
import org.silkway.web.security.CurrentUser;

/**
 * The signed-in user as the curation services know them: their name and what their role allows. The
 * web module's security constraints keep anonymous visitors out of every page that uses it.
 */
@RequestScoped
public class Curators {

  @Inject CurrentUser user;

  public Curator current() {
    if (!user.isSignedIn()) {
      throw new NotAllowedException("Sign in to change the register.");
    }
    return new Curator(user.name(), user.isReviewer(), user.isAdmin());
  }
}
