package org.silkway.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;
import org.silkway.web.platform.http.WholeResponses;

/** Every resource lives under {@code /api}. */
@ApplicationPath("api")
public class RestApplication extends Application {

  /**
   * No WADL: {@code OPTIONS} would otherwise describe every resource and name the Jersey version to
   * anyone who asks. An answer of up to {@link WholeResponses#BUFFER_BYTES} is sent whole, with its
   * length, as pages are (Jersey's own default is 8 KB).
   */
  @Override
  public Map<String, Object> getProperties() {
    return Map.of(
        "jersey.config.server.wadl.disableWadl",
        true,
        "jersey.config.server.contentLength.buffer",
        WholeResponses.BUFFER_BYTES);
  }
}
