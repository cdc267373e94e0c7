package org.silkway.web.support;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * What a test may say about any answer Silkway gives: whether its body gives away the software
 * behind it (a stack trace, SQL, a class or library name) or reflects markup it was sent.
 */
public final class Answer {

  /** What must never reach a user in an error answer. */
  private static final Pattern INTERNALS =
      Pattern.compile(
          "Exception|Caused by|\\tat |\\bat [a-z]+\\.[a-z]+\\.|org\\.(hibernate|glassfish|eclipse"
              + "|postgresql|h2|jboss|primefaces|silkway)|jakarta\\.|java\\.|javax\\.|SQL|insert"
              + " into|select .{0,200} from|varchar|numeric\\(|Jersey|Payara|Grizzly|Mojarra|Hibernate"
              + "|Servlet/|PSQL|HHH\\d",
          Pattern.CASE_INSENSITIVE);

  private Answer() {}

  public static String text(HttpResponse<byte[]> response) {
    return new String(response.body(), StandardCharsets.UTF_8);
  }

  public static String contentType(HttpResponse<?> response) {
    return response.headers().firstValue("Content-Type").orElse("");
  }

  /** The first piece of the body that gives the software away, or null when there is none. */
  public static String internalsIn(HttpResponse<byte[]> response) {
    if (contentType(response).startsWith("application/pdf")) {
      return null;
    }
    return internalsIn(text(response));
  }

  /**
   * What a person reads on an HTML page: its text, without markup, scripts and style sheets (whose
   * addresses name the libraries that serve them, which is no leak).
   */
  public static String visibleText(String html) {
    return html.replaceAll("(?is)<(script|style)\\b.*?</\\1>", " ")
        .replaceAll("(?s)<[^>]*>", " ")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&amp;", "&");
  }

  /** The first trace of internals in a text answer, or null. */
  public static String internalsIn(String text) {
    var matcher = INTERNALS.matcher(text);
    return matcher.find() ? matcher.group() : null;
  }

  /** Whether a browser could read the answer as HTML (or sniff it into HTML). */
  public static boolean readableAsHtml(HttpResponse<?> response) {
    String type = contentType(response);
    boolean sniffable =
        !"nosniff".equals(response.headers().firstValue("X-Content-Type-Options").orElse(""));
    return type.isEmpty() || type.startsWith("text/html") || type.contains("xml") || sniffable;
  }
}
