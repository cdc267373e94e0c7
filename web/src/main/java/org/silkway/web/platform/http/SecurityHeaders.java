package org.silkway.web.platform.http;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;

/**
 * Puts the browser on Silkway's side for every response, pages, API, PDFs and error pages alike:
 * content is never sniffed into HTML, no other site may frame Silkway, scripts come from Silkway
 * itself and run inline only with the page's nonce, and links do not leak full URLs to other sites.
 * Also keeps the frameworks from announcing themselves ({@code X-Powered-By}).
 */
@WebFilter(
    urlPatterns = "/*",
    dispatcherTypes = {
      jakarta.servlet.DispatcherType.REQUEST,
      jakarta.servlet.DispatcherType.ERROR,
      jakarta.servlet.DispatcherType.FORWARD
    })
public class SecurityHeaders extends HttpFilter {

  /**
   * Scripts only from Silkway itself, never inline and never {@code eval}: the pages' own inline
   * scripts run through PrimeFaces' nonce mode ({@code primefaces.CSP} in {@code web.xml}), which
   * replaces this header on every Faces page with the same policy plus that response's nonce.
   * Styles may be inline (PrimeFaces' widgets position themselves with style attributes). Nothing
   * is loaded from, framed by or posted to another origin.
   */
  static final String CONTENT_SECURITY_POLICY =
      "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:;"
          + " font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self';"
          + " form-action 'self'; frame-ancestors 'none'; script-src 'self'";

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    applyTo(response);
    chain.doFilter(request, new Guarded(response));
  }

  /**
   * Sets the headers on a response written before any filter runs: the authentication mechanism's
   * redirect to the sign-in page.
   */
  public static void applyTo(HttpServletResponse response) {
    response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
    response.setHeader("X-Frame-Options", "DENY");
  }

  /**
   * Drops the {@code X-Powered-By} header that Faces and the server add, and lets a page's own
   * policy (PrimeFaces' nonce policy) replace the default one instead of adding a second: browsers
   * enforce every policy they get, so a second, nonce-less one would block the page's scripts.
   */
  private static final class Guarded extends HttpServletResponseWrapper {

    Guarded(HttpServletResponse response) {
      super(response);
    }

    @Override
    public void setHeader(String name, String value) {
      if (!isPoweredBy(name)) {
        super.setHeader(name, value);
      }
    }

    @Override
    public void addHeader(String name, String value) {
      if ("Content-Security-Policy".equalsIgnoreCase(name)) {
        super.setHeader(name, value);
      } else if (!isPoweredBy(name)) {
        super.addHeader(name, value);
      }
    }

    private static boolean isPoweredBy(String name) {
      return "X-Powered-By".equalsIgnoreCase(name);
    }
  }
}
