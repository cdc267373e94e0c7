package org.silkway.web.hostile;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The hostile requests: each nasty value at each place a URL takes input, every method on every
 * endpoint, forms no page issued, and import bodies built to exhaust, confuse or overflow.
 */
final class HostileInputs {

  private static final String IMPORT = "api/admin/import";
  private static final String JSON = "application/json";

  /** Nasty values, percent-encoded as they travel in a URL. */
  private static final List<String> VALUES =
      List.of(
          "%3Cscript%3Ealert(1)%3C%2Fscript%3E",
          "%22%3E%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E",
          "'%20OR%201%3D1%20--",
          "%00",
          "en%00",
          "%0D%0ASet-Cookie:%20injected%3D1",
          "..%2F..%2F..%2Fetc%2Fpasswd",
          "%24%7B7*7%7D",
          "%23%7B7*7%7D",
          "%7B%7B7*7%7D%7D",
          "%FF%FE",
          "%E2%80%AE",
          "A".repeat(4000),
          "1e999999",
          "-1",
          "NaN",
          "null",
          "%5B%5D",
          "%D0%9A%D0%97",
          "%F0%9F%98%80",
          "%20");

  /** Where a URL takes input; {@code {x}} is replaced by each value. */
  private static final List<String> PLACES =
      List.of(
          "api/briefs/countries/{x}.pdf",
          "api/briefs/countries/KZ.pdf?lang={x}",
          "api/briefs/sectors/{x}.pdf",
          "api/briefs/framework.pdf?asOf={x}",
          "briefs?asOf={x}",
          "briefs?q={x}",
          "api/search?q={x}",
          "api/search?q=rail&lang={x}",
          "admin/search.xhtml?q={x}",
          "api/admin/templates/{x}.xlsx",
          "api/admin/templates/project.{x}",
          "admin/imports.xhtml?job={x}",
          "admin/translations.xhtml?lang={x}",
          "admin/translate.xhtml?entry=country/CN&claim={x}&lang=ru",
          "admin/translate.xhtml?entry=country/CN&claim=cn-description-000&lang={x}",
          "api/desk/entries.xlsx?type={x}",
          "api/desk/entries.xlsx?type=project&from={x}",
          "admin/entries.xhtml?type={x}",
          "admin/entry.xhtml?key={x}",
          "admin/entry.xhtml?key=project/{x}",
          "api/export?format={x}",
          "admin/{x}.xhtml",
          "api/{x}",
          "{x}",
          "index.xhtml?{x}={x}");

  private static final List<String> ENDPOINTS =
      List.of(
          "api/export",
          "api/briefs/countries/KZ.pdf",
          "api/briefs",
          IMPORT,
          "briefs",
          "index.xhtml",
          "admin/entries.xhtml?type=project");

  private HostileInputs() {}

  static List<Hostile> all() {
    List<Hostile> all = new ArrayList<>();
    for (String place : PLACES) {
      for (String value : VALUES) {
        all.add(Hostile.get("GET " + place + " with " + value, place.replace("{x}", value)));
      }
    }
    for (String endpoint : ENDPOINTS) {
      for (String method : List.of("PUT", "DELETE", "PATCH", "OPTIONS", "TRACE")) {
        all.add(Hostile.call(method, endpoint));
      }
    }
    all.addAll(paths());
    all.addAll(forms());
    all.addAll(imports());
    return all;
  }

  private static List<Hostile> paths() {
    return List.of(
        Hostile.get("a trailing slash after a brief", "api/briefs/countries/KZ.pdf/"),
        Hostile.get("a matrix parameter on a brief", "api/briefs/countries/KZ.pdf;v=1"),
        Hostile.get("a double slash", "api//export"),
        Hostile.get("the API root", "api/"),
        Hostile.get("the deployment descriptor", "WEB-INF/web.xml"),
        Hostile.get("a traversal to the descriptor", "resources/..%2FWEB-INF%2Fweb.xml"),
        Hostile.get(
            "a traversal through a Faces resource",
            "jakarta.faces.resource/..%2F..%2FWEB-INF%2Fweb.xml.xhtml"),
        Hostile.get("the error page asked for directly", "error"),
        Hostile.get("a session id in the URL", "index.xhtml;jsessionid=0123456789ABCDEF"),
        Hostile.get("two languages", "api/briefs/countries/KZ.pdf?lang=en&lang=%3Cb%3E"),
        Hostile.get("a language in capitals", "api/briefs/countries/KZ.pdf?lang=EN"),
        Hostile.get("a three-letter code", "api/briefs/countries/KAZ.pdf"),
        Hostile.get("a brief in another format", "api/briefs/countries/KZ.html"),
        Hostile.get("two days", "api/briefs/framework.pdf?asOf=2025-06-18&asOf=%3Cb%3E"),
        Hostile.get("a day far in the past", "api/briefs/framework.pdf?asOf=0000-01-01"),
        Hostile.get("a trailing slash after the briefs page", "briefs/"),
        Hostile.get("a page below the briefs page", "briefs/KZ"),
        Hostile.get("an unknown admin page", "admin/secret.xhtml"),
        Hostile.get("the health of nothing", "health/nothing"));
  }

  private static List<Hostile> forms() {
    String page = "admin/entries.xhtml?type=project";
    String form = "application/x-www-form-urlencoded";
    byte[] tooLarge = ("x=" + "a".repeat(3 * 1024 * 1024)).getBytes(StandardCharsets.US_ASCII);
    return List.of(
        Hostile.post("a bogus view state", page, form, "jakarta.faces.ViewState=bogus&x=1"),
        Hostile.post("an expired view state", "index.xhtml", form, "jakarta.faces.ViewState=-1:-2"),
        Hostile.post(
            "a view state with markup",
            "index.xhtml",
            form,
            "jakarta.faces.ViewState=%3Cscript%3Ealert(1)%3C%2Fscript%3E"),
        Hostile.post(
            "an ajax request with a bogus view state",
            page,
            form,
            "jakarta.faces.partial.ajax=true&jakarta.faces.source=x&jakarta.faces.ViewState=x"),
        Hostile.post("a form larger than the server takes", "index.xhtml", form, tooLarge),
        Hostile.post(
            "a broken multipart body",
            "index.xhtml",
            "multipart/form-data; boundary=xx",
            "--xx\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nunterminated"),
        Hostile.post(
            "a multipart body with no boundary", "index.xhtml", "multipart/form-data", "x"),
        Hostile.post("JSON posted to a page", "index.xhtml", JSON, "{\"a\":1}"),
        Hostile.post("a form posted to the export", "api/export", form, "a=1"),
        Hostile.post("a form posted to a brief", "api/briefs/countries/KZ.pdf", form, "a=1"));
  }

  private static List<Hostile> imports() {
    List<Hostile> imports = new ArrayList<>();
    for (String amount :
        List.of(
            "1e999999",
            "1e999999999",
            "\"1e999999\"",
            "1.0123456789",
            "1e-999",
            "123456789012345678901234567890",
            "-1e400",
            "\"NaN\"",
            "\"Infinity\"",
            "0.0000001")) {
      imports.add(
          importOf(
              "an amount of " + amount,
              claimWith("{\"amount\":" + amount + ",\"unit\":\"USD_BILLION\"}")));
    }
    String longText = "x".repeat(10_000);
    imports.add(
        importOf("a 10,000-character source title", sourceWith("\"title\":\"" + longText + "\"")));
    imports.add(
        importOf(
            "a 10,000-character URL",
            sourceWith("\"title\":\"t\",\"url\":\"https://x/" + longText + "\"")));
    imports.add(importOf("a NUL in a source title", sourceWith("\"title\":\"a\\u0000b\"")));
    imports.add(
        importOf(
            "a 10,000-character name", entryWith("\"names\":{\"en\":\"" + longText + "\"}", "")));
    imports.add(importOf("a NUL in a name", entryWith("\"names\":{\"en\":\"a\\u0000b\"}", "")));
    imports.add(
        importOf(
            "a control character in a name", entryWith("\"names\":{\"en\":\"a\\u0007b\"}", "")));
    imports.add(
        importOf("a lone surrogate in a name", entryWith("\"names\":{\"en\":\"a\\ud800b\"}", "")));
    imports.add(
        importOf(
            "markup in a key",
            entryWith("\"key\":\"project/<script>\",\"names\":{\"en\":\"x\"}", "")));
    imports.add(
        importOf("a 10,000-character text claim", claimWith("{\"text\":\"" + longText + "\"}")));
    imports.add(importOf("a 10,000-character excerpt", citedClaim("\"" + longText + "\"")));
    imports.add(importOf("a NUL in an excerpt", citedClaim("\"a\\u0000b\"")));
    imports.add(
        importOf("a reference to a missing entry", claimWith("{\"entry\":\"country/XX\"}")));
    imports.add(importOf("a code from no list", claimWith("{\"code\":\"FOO\"}")));
    imports.add(
        importOf(
            "a time at an impossible precision",
            claimWith("{\"time\":{\"start\":\"2025-13-45\",\"precision\":\"DAY\"}}")));
    imports.add(importOf("trailing garbage", document("") + " garbage"));
    imports.add(importOf("two documents", document("") + document("")));
    imports.add(
        importOf("a fractional version", "{\"format\":\"silkway-register\",\"version\":1.5}"));
    imports.add(
        importOf("a version as text", "{\"format\":\"silkway-register\",\"version\":\"1\"}"));
    imports.add(
        importOf("an enormous version", "{\"format\":\"silkway-register\",\"version\":1e999999}"));
    imports.add(importOf("another format", "{\"format\":\"<script>\",\"version\":1}"));
    imports.add(importOf("an empty body", ""));
    imports.add(importOf("null", "null"));
    imports.add(importOf("an array", "[]"));
    imports.add(importOf("an empty object", "{}"));
    imports.add(importOf("comments", "/* hi */ {\"format\":\"silkway-register\",\"version\":1}"));
    imports.add(importOf("a byte-order mark", "\uFEFF" + document("")));
    imports.add(
        importOf(
            "a duplicate field",
            "{\"format\":\"silkway-register\",\"format\":\"x\",\"version\":1}"));
    imports.add(importOf("arrays nested 100,000 deep", "[".repeat(100_000)));
    imports.add(
        importOf(
            "objects nested 10,000 deep", "{\"a\":".repeat(10_000) + "1" + "}".repeat(10_000)));
    imports.add(
        Hostile.post(
            "invalid UTF-8",
            IMPORT,
            JSON,
            new byte[] {'{', '"', (byte) 0xC3, (byte) 0x28, '"', '}'}));
    imports.add(importOf("a megabyte of junk entries", junkEntries(1024 * 1024)));
    imports.add(importOf("nearly 20 MB of junk entries", junkEntries(20 * 1024 * 1024 - 1024)));
    imports.add(importOf("more than 20 MB", junkEntries(21 * 1024 * 1024)));
    imports.add(importOf("10,000 entries of an unknown type", manyBadEntries(10_000)));
    imports.add(Hostile.post("no Content-Type", IMPORT, null, document("")));
    imports.add(Hostile.post("text/plain", IMPORT, "text/plain", document("")));
    imports.add(Hostile.post("XML", IMPORT, "application/xml", "<register/>"));
    imports.add(Hostile.post("a form", IMPORT, "application/x-www-form-urlencoded", "a=1"));
    imports.add(
        Hostile.post("JSON in UTF-16", IMPORT, "application/json; charset=UTF-16", document("")));
    imports.add(
        Hostile.post("a bogus charset", IMPORT, "application/json; charset=bogus", document("")));
    imports.add(importOf("a valid document into a full register", document("")));
    return imports;
  }

  private static Hostile importOf(String what, String body) {
    return Hostile.post("import: " + what, IMPORT, JSON, body);
  }

  private static String document(String entries) {
    return "{\"format\":\"silkway-register\",\"version\":1,\"sources\":[],\"entries\":["
        + entries
        + "]}";
  }

  private static String entryWith(String fields, String claims) {
    String key = fields.contains("\"key\"") ? "" : "\"key\":\"project/hostile\",";
    return document(
        "{"
            + key
            + "\"type\":\"PROJECT\",\"status\":\"DRAFT\","
            + fields
            + ",\"claims\":["
            + claims
            + "]}");
  }

  private static String claimWith(String value) {
    return entryWith(
        "\"names\":{\"en\":\"Hostile\"}",
        "{\"key\":\"h1\",\"property\":\"cost\",\"value\":" + value + ",\"kind\":\"ACTUAL\"}");
  }

  private static String citedClaim(String excerpt) {
    return "{\"format\":\"silkway-register\",\"version\":1,\"sources\":[{\"key\":\"s\",\"kind\":\"ARTICLE\","
        + "\"title\":\"t\",\"language\":\"en\"}],\"entries\":[{\"key\":\"project/hostile\",\"type\":\"PROJECT\","
        + "\"status\":\"DRAFT\",\"names\":{\"en\":\"H\"},\"claims\":[{\"key\":\"h1\",\"property\":\"description\","
        + "\"value\":{\"text\":\"d\"},\"kind\":\"ACTUAL\",\"citations\":[{\"source\":\"s\",\"excerpt\":"
        + excerpt
        + "}]}]}]}";
  }

  private static String sourceWith(String fields) {
    return "{\"format\":\"silkway-register\",\"version\":1,\"sources\":[{\"key\":\"s\",\"kind\":\"ARTICLE\","
        + "\"language\":\"en\","
        + fields
        + "}],\"entries\":[]}";
  }

  private static String junkEntries(int bytes) {
    StringBuilder body = new StringBuilder(bytes + 64);
    body.append("{\"format\":\"silkway-register\",\"version\":1,\"entries\":[1");
    while (body.length() < bytes) {
      body.append(",1");
    }
    return body.append("]}").toString();
  }

  private static String manyBadEntries(int count) {
    StringBuilder entries = new StringBuilder();
    for (int i = 0; i < count; i++) {
      entries
          .append(i == 0 ? "" : ",")
          .append("{\"key\":\"bogus/e")
          .append(i)
          .append("\",\"type\":\"BOGUS\",\"status\":\"DRAFT\",\"names\":{\"en\":\"e\"}}");
    }
    return document(entries.toString());
  }
}
