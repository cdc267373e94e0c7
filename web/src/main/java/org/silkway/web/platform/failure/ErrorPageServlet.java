package org.silkway.web.platform.failure;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * Every error the server itself answers (a 404 for an unknown page, an exception from a page, a
 * request the container refuses) is written here, in Silkway's words: an HTML page for people, or
 * {@code application/problem+json} for the API. A plain servlet on purpose: it must still answer
 * when Faces, the database or the page templates are what failed.
 */
@WebServlet(urlPatterns = ErrorPageServlet.PATH)
public class ErrorPageServlet extends HttpServlet {

  /** Where {@code web.xml} sends every error. */
  static final String PATH = "/error";

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Failure failure = failureOf(request);
    response.resetBuffer();
    response.setStatus(failure.status());
    if (failure.retryAfterSeconds() > 0) {
      response.setHeader("Retry-After", String.valueOf(failure.retryAfterSeconds()));
    }
    response.setHeader("Cache-Control", "no-store");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    if (wantsProblem(request)) {
      response.setContentType("application/problem+json");
      response.getWriter().write(ProblemJson.of(failure));
    } else {
      response.setContentType("text/html");
      writePage(response.getWriter(), request.getContextPath(), failure);
    }
  }

  private static Failure failureOf(HttpServletRequest request) {
    Object error = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
    Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    if (error instanceof Throwable throwable) {
      Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
      return Failures.classify(throwable, request.getMethod() + " " + uri);
    }
    if (status instanceof Integer code) {
      if (code == HttpServletResponse.SC_NOT_IMPLEMENTED) {
        // A servlet's "method not implemented": to a client, this address does not take it.
        return Failure.ofStatus(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
      }
      if (code >= 500 && code != HttpServletResponse.SC_SERVICE_UNAVAILABLE) {
        // No exception to classify: still log the id the user is given. (A 503 without one is a
        // page that found the database unavailable itself: the outage's log has it.)
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        return Failures.unexplained(code, request.getMethod() + " " + uri);
      }
      return Failure.ofStatus(code);
    }
    // Asked for directly, not reached through an error: there is no such page.
    return Failure.ofStatus(404);
  }

  /** API callers get JSON; so does any client that asks for it and not for HTML. */
  private static boolean wantsProblem(HttpServletRequest request) {
    Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
    String path = uri == null ? request.getRequestURI() : uri.toString();
    if (path.startsWith(request.getContextPath() + "/api/")) {
      return true;
    }
    String accept = String.valueOf(request.getHeader("Accept"));
    return accept.contains("json") && !accept.contains("text/html");
  }

  private static void writePage(PrintWriter out, String contextPath, Failure failure) {
    String home = Html.escape(contextPath + "/");
    out.write("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"UTF-8\"/>");
    out.write("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>");
    out.write("<title>" + Html.escape(failure.title()) + " · Silkway</title>");
    out.write(
        "<link rel=\"stylesheet\" href=\""
            + Html.escape(contextPath)
            + "/resources/css/silkway.css\"/>");
    out.write("</head><body>");
    out.write(
        "<header class=\"sw-header\"><a class=\"sw-brand\" href=\""
            + home
            + "\">Silkway</a></header>");
    out.write("<main class=\"sw-main sw-error\">");
    out.write("<h1>" + Html.escape(failure.title()) + "</h1>");
    out.write("<p class=\"sw-lead\">" + Html.escape(failure.detail()) + "</p>");
    if (failure.id() != null) {
      out.write(
          "<p class=\"sw-muted\">Error id: <code>" + Html.escape(failure.id()) + "</code></p>");
    }
    out.write("<p><a href=\"" + home + "\">Silkway home</a></p>");
    out.write("</main>");
    out.write(
        "<footer class=\"sw-footer\">Silkway · a sourced register of the China–Central Asia"
            + " cooperation framework</footer>");
    out.write("</body></html>\n");
  }
}
