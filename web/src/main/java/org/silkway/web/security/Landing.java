package org.silkway.web.security;

import java.net.URI;
import java.net.URISyntaxException;

/**
 * Where a user goes after signing in: the page they asked for when it is a path of this site, else
 * the admin start page. Never another site, however the address is dressed up ({@code
 * //evil.example}, {@code /\evil.example}, {@code https://evil.example}).
 */
public final class Landing {

  /** The admin start page: the editors' desk. */
  public static final String START = "/admin/index.xhtml";

  private static final int MAX_LENGTH = 2000;

  private Landing() {}

  /** {@code next} when it is safe to send the user there, else {@link #START}. */
  public static String after(String next) {
    if (next == null
        || next.isEmpty()
        || next.length() > MAX_LENGTH
        || !next.startsWith("/")
        || next.startsWith("//")
        || next.contains("\\")
        || next.chars().anyMatch(c -> c < 0x20 || c == 0x7f)
        || next.startsWith(SilkwayAuthentication.LOGIN_PAGE)
        || next.startsWith("/logout")) {
      return START;
    }
    try {
      URI uri = new URI(next);
      if (uri.getScheme() != null || uri.getRawAuthority() != null) {
        return START;
      }
    } catch (URISyntaxException e) {
      return START;
    }
    return next;
  }
}
