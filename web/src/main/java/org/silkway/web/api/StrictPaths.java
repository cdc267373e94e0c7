package org.silkway.web.api;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;
import org.silkway.web.platform.failure.Failure;

/**
 * Serves each resource at exactly one address: {@code /api/briefs/countries/KZ.pdf/} or {@code
 * KZ.pdf;v=1} is a 404, not the brief, so caches and logs see one URL per thing.
 */
@Provider
@PreMatching
public class StrictPaths implements ContainerRequestFilter {

  @Override
  public void filter(ContainerRequestContext request) {
    String path = request.getUriInfo().getRequestUri().getRawPath();
    if (path.endsWith("/") || path.contains(";") || path.contains("//")) {
      request.abortWith(Problem.of(Failure.ofStatus(404)));
    }
  }
}
