package org.silkway.web.security;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * Whether a request that changes something came from one of Silkway's own pages. Browsers name the
 * page that sent a request in {@code Origin} (on every cross-site request and on every POST); a
 * request without it comes from a script or an older browser, which cannot be made to carry another
 * site's intent. One with it must name the address the request was sent to ({@code Host}), so a
 * sibling subdomain or another port on the same host is another site, and so is {@code null} (a
 * sandboxed page or a local file).
 */
public final class SameOrigin {

  private SameOrigin() {}

  public static boolean allows(HttpServletRequest request) {
    return allows(request.getHeader("Origin"), request.getHeader("Host"));
  }

  /** No origin, or one whose scheme is HTTP(S) and whose host and port are {@code host}'s. */
  public static boolean allows(String origin, String host) {
    if (origin == null) {
      return true;
    }
    if (host == null || host.isBlank()) {
      return false;
    }
    URI uri;
    try {
      uri = new URI(origin.strip());
    } catch (URISyntaxException e) {
      return false;
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https") || uri.getRawAuthority() == null) {
      return false;
    }
    return withoutDefaultPort(uri.getRawAuthority(), scheme)
        .equalsIgnoreCase(withoutDefaultPort(host.strip(), scheme));
  }

  private static String withoutDefaultPort(String authority, String scheme) {
    String defaultPort = scheme.equals("https") ? ":443" : ":80";
    return authority.endsWith(defaultPort)
        ? authority.substring(0, authority.length() - defaultPort.length())
        : authority;
  }
}
