package org.silkway.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.silkway.core.audit.Editor;

/** Runs each signed-in request as its user, so every audit revision it makes names them. */
@WebFilter(urlPatterns = "/*")
public class EditorFilter extends HttpFilter {

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String user = request.getRemoteUser();
    if (user == null) {
      chain.doFilter(request, response);
      return;
    }
    try {
      Editor.runAs(user, () -> chain.doFilter(request, response));
    } catch (IOException | ServletException | RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new ServletException(e);
    }
  }
}
