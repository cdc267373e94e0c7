package org.silkway.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * A user whose password an administrator set (or the first administrator, whose password came from
 * the configuration or the log) must choose their own before anything else: every other admin page
 * sends them to the password page, and the admin API refuses them with 403.
 */
@WebFilter(urlPatterns = {"/admin/*", "/api/admin/*"})
public class PasswordChangeFilter extends HttpFilter {

  static final String PASSWORD_PAGE = "/admin/password.xhtml";

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    boolean mustChange = SignedIn.on(request).map(SignedIn::mustChangePassword).orElse(false);
    String path =
        request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
    if (!mustChange || path.equals(PASSWORD_PAGE)) {
      chain.doFilter(request, response);
    } else if (path.startsWith("/api/")) {
      response.sendError(HttpServletResponse.SC_FORBIDDEN);
    } else {
      response.setHeader("Cache-Control", "no-store");
      response.sendRedirect(request.getContextPath() + PASSWORD_PAGE);
    }
  }
}
