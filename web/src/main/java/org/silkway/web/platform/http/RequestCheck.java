package org.silkway.web.platform.http;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Refuses, before any page, endpoint or query sees it, a request that no client of Silkway sends:
 * an unknown method (405), a control character in the address, a parameter or a header (400), and a
 * conditional or {@code Accept} header that does not parse (400). The refusal goes through {@code
 * sendError}, so the answer is Silkway's own error page or problem document.
 *
 * <p>Control characters are refused because no register value holds one (tab and line breaks in
 * form fields excepted) and because PostgreSQL refuses a NUL in text with an error, which would
 * otherwise be a 500. Checking once here covers every parameter, present and future; the forms' own
 * validation still says what is wrong with a value a person typed.
 */
@WebFilter(
    urlPatterns = "/*",
    dispatcherTypes = {DispatcherType.REQUEST})
public class RequestCheck extends HttpFilter {

  /** What a page or static resource answers; anything else is refused before it is served. */
  private static final Set<String> PAGE_METHODS = Set.of("GET", "HEAD", "POST", "OPTIONS");

  /** The API also routes these; JAX-RS answers 405 where a resource does not take them. */
  private static final Set<String> API_METHODS =
      Set.of("GET", "HEAD", "POST", "OPTIONS", "PUT", "DELETE");

  /** C0 controls but tab, line feed and carriage return; DEL; the C1 controls. */
  private static final Pattern CONTROL =
      Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F-\\x9F]");

  /** The same in a header value, where no line break may be. */
  private static final Pattern HEADER_CONTROL = Pattern.compile("[\\x00-\\x08\\x0A-\\x1F\\x7F]");

  /** A control character percent-encoded in a URI: {@code %00} to {@code %1F}, {@code %7F}. */
  private static final Pattern ENCODED_CONTROL = Pattern.compile("%(?:[01][0-9A-Fa-f]|7[Ff])");

  /** {@code *} or a list of entity tags, strong or weak (RFC 9110, 8.8.3 and 13.1). */
  private static final Pattern ENTITY_TAGS =
      Pattern.compile(
          "\\s*(?:\\*|(?:W/)?\"[^\"\\x00-\\x20\\x7F]*\"(?:\\s*,\\s*(?:W/)?\"[^\"\\x00-\\x20\\x7F]*\")*)\\s*");

  /** A weight in an {@code Accept} header: {@code q=0.8} (RFC 9110, 12.4.2). */
  private static final Pattern WEIGHT =
      Pattern.compile("(?i)q=(?:0(?:\\.\\d{0,3})?|1(?:\\.0{0,3})?)");

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String method = request.getMethod();
    boolean api = request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    Set<String> allowed = api ? API_METHODS : PAGE_METHODS;
    if (!allowed.contains(method)) {
      response.setHeader("Allow", String.join(", ", new TreeSet<>(allowed)));
      response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
      return;
    }
    if (!isClean(request, api)) {
      response.sendError(HttpServletResponse.SC_BAD_REQUEST);
      return;
    }
    chain.doFilter(request, response);
  }

  private static boolean isClean(HttpServletRequest request, boolean api) {
    return addressIsClean(request) && headersAreClean(request) && parametersAreClean(request, api);
  }

  private static boolean addressIsClean(HttpServletRequest request) {
    String uri = request.getRequestURI();
    String query = request.getQueryString();
    return !ENCODED_CONTROL.matcher(uri).find()
        && !CONTROL.matcher(uri).find()
        && (query == null
            || !ENCODED_CONTROL.matcher(query).find() && !CONTROL.matcher(query).find());
  }

  private static boolean headersAreClean(HttpServletRequest request) {
    for (String name : Collections.list(request.getHeaderNames())) {
      for (String value : Collections.list(request.getHeaders(name))) {
        if (HEADER_CONTROL.matcher(value).find()) {
          return false;
        }
      }
    }
    return entityTagsParse(request.getHeader("If-None-Match"))
        && entityTagsParse(request.getHeader("If-Match"))
        && weightsParse(request.getHeader("Accept"))
        && weightsParse(request.getHeader("Accept-Language"))
        && weightsParse(request.getHeader("Accept-Charset"))
        && weightsParse(request.getHeader("Accept-Encoding"));
  }

  private static boolean entityTagsParse(String value) {
    return value == null || ENTITY_TAGS.matcher(value).matches();
  }

  /** Every {@code q} parameter is a weight between 0 and 1 with at most three decimals. */
  private static boolean weightsParse(String value) {
    if (value == null) {
      return true;
    }
    for (String range : value.split(",")) {
      String[] parts = range.split(";");
      for (int i = 1; i < parts.length; i++) {
        String parameter = parts[i].strip();
        if (parameter.regionMatches(true, 0, "q=", 0, 2) && !WEIGHT.matcher(parameter).matches()) {
          return false;
        }
      }
    }
    return true;
  }

  /**
   * Pages read their form fields here (the container parses and keeps them). The API's bodies are
   * JSON, read by its resources; only its query is checked, so that a form body sent to the API is
   * left for JAX-RS to refuse.
   */
  private static boolean parametersAreClean(HttpServletRequest request, boolean api) {
    if (api) {
      return queryIsClean(request.getQueryString());
    }
    if (request.getCharacterEncoding() == null) {
      // Read as Faces reads them (UTF-8), before reading them fixes the encoding for good.
      try {
        request.setCharacterEncoding(StandardCharsets.UTF_8.name());
      } catch (java.io.UnsupportedEncodingException impossible) {
        throw new IllegalStateException(impossible);
      }
    }
    for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
      if (CONTROL.matcher(parameter.getKey()).find()) {
        return false;
      }
      for (String value : parameter.getValue()) {
        if (value != null && CONTROL.matcher(value).find()) {
          return false;
        }
      }
    }
    return true;
  }

  private static boolean queryIsClean(String query) {
    if (query == null) {
      return true;
    }
    try {
      return !CONTROL.matcher(URLDecoder.decode(query, StandardCharsets.UTF_8)).find();
    } catch (IllegalArgumentException malformed) {
      return false;
    }
  }
}
