package org.silkway.web.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser without a browser: keeps the session cookie, follows no redirect (so a test sees each
 * one), and fills in Faces forms with the view state of the page it last read. For sign-in tests
 * over plain HTTP.
 */
public final class FormSession {

  private static final HttpClient CLIENT =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .followRedirects(HttpClient.Redirect.NEVER)
          .connectTimeout(Duration.ofSeconds(10))
          .build();

  private static final Pattern ENTRY_KEY = Pattern.compile("key=([a-z]+)(?:%2F|/)([a-z0-9-]+)");

  private static final Pattern VIEW_STATE =
      Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
  // Besides JSESSIONID: Payara's replicated sessions also set the version of the session the node
  // wrote last (JSESSIONIDVERSION), which a node reading the session from the data grid needs, and
  // Faces carries a message across a redirect in a flash cookie. A browser sends all of them back.
  private static final Pattern SET_COOKIE = Pattern.compile("^([^=;\\s]+)=([^;]*)");

  private static final Pattern INPUT =
      Pattern.compile("<(input|textarea|select)\\b([^>]*)>", Pattern.CASE_INSENSITIVE);
  private static final Pattern NAME = Pattern.compile("\\bname=\"([^\"]+)\"");
  private static final Pattern VALUE = Pattern.compile("\\bvalue=\"([^\"]*)\"");
  private static final Pattern SELECTED =
      Pattern.compile("<option[^>]*value=\"([^\"]*)\"[^>]*selected", Pattern.CASE_INSENSITIVE);

  private URL base;
  private final String authorization;

  /** The cookies the server set, by name, as a browser keeps them (session, its version, flash). */
  private final Map<String, String> cookies = new LinkedHashMap<>();

  private String viewState;
  private String page = "";

  public FormSession(URL base) {
    this(base, null);
  }

  /** A session whose every request carries this {@code Authorization} header (HTTP Basic). */
  public FormSession(URL base, String authorization) {
    this.base = base;
    this.authorization = authorization;
  }

  /**
   * A new tab of a browser already signed in: the same session cookies, its own page and view
   * state. Cheaper than HTTP Basic on every request, which checks the password each time.
   */
  public FormSession(FormSession signedIn) {
    this(signedIn.base, null);
    cookies.putAll(signedIn.cookies);
  }

  /** Signs in on the sign-in page, as a person does; returns the answer (302 when it worked). */
  public HttpResponse<String> signIn(Accounts.Login login) {
    get("login.xhtml");
    return submit(
        "login.xhtml",
        "login",
        "signIn",
        Map.of("username", login.username(), "password", login.password(), "next", ""));
  }

  /**
   * Sends the next requests to another server with the same cookie and view state, as a browser
   * does when a load balancer moves it to another node of a cluster.
   */
  public void moveTo(URL otherServer) {
    this.base = otherServer;
  }

  public String sessionId() {
    return cookies.get("JSESSIONID");
  }

  /**
   * The cookies as a browser sends them: the session id, and the version that Payara keeps for a
   * distributable application's session (a request with the id alone is not taken as signed in).
   */
  public String cookieHeader() {
    return cookies.entrySet().stream()
        .map(cookie -> cookie.getKey() + "=" + cookie.getValue())
        .collect(Collectors.joining("; "));
  }

  public HttpResponse<String> get(String path) {
    HttpResponse<String> response = send(request(path).GET().build());
    read(response);
    return response;
  }

  /** Keeps the page a response brought and its view state, as a browser shows the new page. */
  private void read(HttpResponse<String> response) {
    page = response.body();
    Matcher state = VIEW_STATE.matcher(page);
    if (state.find()) {
      viewState = state.group(1);
    } else if (response.statusCode() == 200) {
      viewState = null;
    }
  }

  /**
   * Posts a form of the page last read as a browser would: every field with the value the page
   * rendered, then {@code changed} (full client ids) over them, and the button pressed.
   */
  public HttpResponse<String> submitAsRendered(
      String path, String form, String button, Map<String, String> changed) {
    Map<String, String> all = new LinkedHashMap<>(renderedFields(form));
    all.put(form, form);
    all.putAll(changed);
    all.put(button, button);
    if (viewState != null) {
      all.put("jakarta.faces.ViewState", viewState);
    }
    HttpResponse<String> response = post(path, all);
    read(response);
    return response;
  }

  /** The text fields and chosen options of a form on the page last read. */
  private Map<String, String> renderedFields(String formId) {
    int start = page.indexOf("<form id=\"" + formId + "\"");
    int end = start < 0 ? -1 : page.indexOf("</form>", start);
    String form = end < 0 ? "" : page.substring(start, end);
    Map<String, String> fields = new LinkedHashMap<>();
    Matcher input = INPUT.matcher(form);
    while (input.find()) {
      String attributes = input.group(2);
      Matcher name = NAME.matcher(attributes);
      if (!name.find() || attributes.matches("(?s).*type=\"(submit|checkbox|hidden)\".*")) {
        continue;
      }
      String tag = input.group(1).toLowerCase(java.util.Locale.ROOT);
      String value = "";
      if (tag.equals("input")) {
        Matcher v = VALUE.matcher(attributes);
        value = v.find() ? unescape(v.group(1)) : "";
      } else {
        String close = tag.equals("textarea") ? "</textarea>" : "</select>";
        int stop = form.indexOf(close, input.end());
        String inner = stop < 0 ? "" : form.substring(input.end(), stop);
        if (tag.equals("textarea")) {
          value = unescape(inner);
        } else {
          Matcher chosen = SELECTED.matcher(inner);
          value = chosen.find() ? unescape(chosen.group(1)) : "";
        }
      }
      fields.put(name.group(1), value);
    }
    return fields;
  }

  private static String unescape(String html) {
    return html.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&");
  }

  /** Posts a Faces form of the page last read: its id, the fields and the button pressed. */
  public HttpResponse<String> submit(
      String path, String form, String button, Map<String, String> fields) {
    Map<String, String> all = new LinkedHashMap<>();
    all.put(form, form);
    fields.forEach((name, value) -> all.put(form + ":" + name, value));
    all.put(form + ":" + button, "");
    if (viewState != null) {
      all.put("jakarta.faces.ViewState", viewState);
    }
    return post(path, all);
  }

  public HttpResponse<String> post(String path, Map<String, String> fields) {
    String body =
        fields.entrySet().stream()
            .map(
                e ->
                    URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                        + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    return send(
        request(path)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build());
  }

  /**
   * Makes a draft project named {@code englishName} through the new-entry form, as a signed-in
   * editor does, and returns the answer: a redirect to the new entry's page when it worked.
   */
  public HttpResponse<String> newProject(String englishName) {
    String path = "admin/new-entry.xhtml?type=project";
    get(path);
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("new-entry:type", "project");
    fields.put("new-entry:name-en", englishName);
    return submitAsRendered(path, "new-entry", "new-entry:create", fields);
  }

  /** The key of the entry whose page a redirect goes to ({@code project/…}), if it goes to one. */
  public static Optional<String> entryKey(HttpResponse<?> response) {
    Matcher key = ENTRY_KEY.matcher(location(response));
    return key.find() ? Optional.of(key.group(1) + "/" + key.group(2)) : Optional.empty();
  }

  /** The session cookie's {@code Set-Cookie} header of the response, if it set one. */
  public static Optional<String> sessionCookie(HttpResponse<?> response) {
    return response.headers().allValues("Set-Cookie").stream()
        .filter(c -> c.startsWith("JSESSIONID="))
        .findFirst();
  }

  /** Where a redirect goes, or "" when the answer is none. */
  public static String location(HttpResponse<?> response) {
    return response.headers().firstValue("Location").orElse("");
  }

  private HttpRequest.Builder request(String path) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(Http.resolve(base, path)).timeout(Duration.ofSeconds(60));
    if (!cookies.isEmpty()) {
      request.header("Cookie", cookieHeader());
    }
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    return request;
  }

  /** Keeps a cookie the server set, or forgets it when the server expires it. */
  private void keep(String setCookie) {
    Matcher cookie = SET_COOKIE.matcher(setCookie);
    if (!cookie.find()) {
      return;
    }
    String lower = setCookie.toLowerCase(java.util.Locale.ROOT);
    if (lower.contains("max-age=0") || lower.contains("expires=thu, 01 jan 1970")) {
      cookies.remove(cookie.group(1));
    } else {
      cookies.put(cookie.group(1), cookie.group(2));
    }
  }

  private HttpResponse<String> send(HttpRequest request) {
    try {
      HttpResponse<String> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
      response.headers().allValues("Set-Cookie").forEach(this::keep);
      return response;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
