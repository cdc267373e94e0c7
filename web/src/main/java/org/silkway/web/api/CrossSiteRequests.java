package org.silkway.web.api;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.silkway.web.security.SameOrigin;
import org.silkway.web.spreadsheet.SpreadsheetFormat;

/**
 * Keeps other sites from using a signed-in browser against the API. A browser sends a session
 * cookie (and HTTP Basic credentials it remembers) with another site's request; without asking
 * first it may only send {@code text/plain}, a form or {@code multipart}. So every request that
 * changes something (POST, PUT, PATCH, DELETE) must say {@code Content-Type: application/json}
 * (else 415), which no browser sends cross-site without the server's consent (nor the spreadsheet
 * types the import takes, XLSX and {@code text/csv}, which are let through too), and, when it names
 * the page that sent it in {@code Origin}, that page must be Silkway's (else 403). Both are checked
 * before any resource runs, so a refused request writes nothing.
 */
@Provider
@PreMatching
public class CrossSiteRequests implements ContainerRequestFilter {

  private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

  @Override
  public void filter(ContainerRequestContext request) {
    if (SAFE.contains(request.getMethod())) {
      return;
    }
    if (!SameOrigin.allows(request.getHeaderString("Origin"), request.getHeaderString("Host"))) {
      request.abortWith(
          Problem.of(
              Response.Status.FORBIDDEN,
              "Cross-site request",
              "Silkway accepts changes only from its own pages and from scripts."));
    } else if (!isJson(request) && !isSpreadsheet(request)) {
      request.abortWith(
          Problem.of(
              Response.Status.UNSUPPORTED_MEDIA_TYPE,
              "Not a JSON body",
              "Send the request with Content-Type: application/json (UTF-8)."));
    }
  }

  /** An XLSX workbook or CSV: for {@code POST /api/admin/imports}. */
  private static boolean isSpreadsheet(ContainerRequestContext request) {
    try {
      return SpreadsheetFormat.ofMediaType(request.getMediaType()).isPresent();
    } catch (RuntimeException e) {
      return false; // a Content-Type that is not a media type at all
    }
  }

  /** {@code application/json}, in UTF-8 if a charset is named. */
  private static boolean isJson(ContainerRequestContext request) {
    MediaType type;
    try {
      type = request.getMediaType();
    } catch (RuntimeException e) {
      return false; // a Content-Type that is not a media type at all
    }
    if (type == null
        || type.isWildcardType()
        || type.isWildcardSubtype()
        || !type.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
      return false;
    }
    String charset = type.getParameters().get(MediaType.CHARSET_PARAMETER);
    return charset == null || charset.equalsIgnoreCase(StandardCharsets.UTF_8.name());
  }
}
