package org.silkway.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;

/** Every resource lives under {@code /api}. */
@ApplicationPath("api")
public class RestApplication extends Application {

  /**
   * No WADL: {@code OPTIONS} would otherwise describe every resource and name the Jersey version to
   * anyone who asks.
   */
  @Override
  public Map<String, Object> getProperties() {
    return Map.of("jersey.config.server.wadl.disableWadl", true);
  }
}
