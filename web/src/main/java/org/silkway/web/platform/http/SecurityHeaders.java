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
 * content is never sniffed into HTML, no other site may frame Silkway, scripts and styles come from
 * Silkway itself, and links do not leak full URLs to other sites. Also keeps the frameworks from
 * announcing themselves ({@code X-Powered-By}).
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
   * PrimeFaces renders inline scripts and styles for its widgets, hence {@code 'unsafe-inline'} for
   * both; every value Silkway writes into a page is escaped, which is the defence against script
   * injection that matters here. Nothing is loaded from, framed by or posted to another origin.
   */
  static final String CONTENT_SECURITY_POLICY =
      "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval';"
          + " style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:;"
          + " connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self';"
          + " frame-ancestors 'none'";

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    applyTo(response);
    chain.doFilter(request, new WithoutPoweredBy(response));
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

  /** Drops the {@code X-Powered-By} header that Faces and the server add. */
  private static final class WithoutPoweredBy extends HttpServletResponseWrapper {

    WithoutPoweredBy(HttpServletResponse response) {
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
      if (!isPoweredBy(name)) {
        super.addHeader(name, value);
      }
    }

    private static boolean isPoweredBy(String name) {
      return "X-Powered-By".equalsIgnoreCase(name);
    }
  }
}
