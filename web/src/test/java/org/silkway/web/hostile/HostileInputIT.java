package org.silkway.web.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.silkway.web.support.Answer;
import org.silkway.web.support.Http;
import org.silkway.web.support.OnSilkway;

/**
 * Silkway as an attacker or a clumsy script meets it: every hostile request gets an answer below
 * 500, in Silkway's words (no stack trace, SQL or library names), with nothing reflected that a
 * browser could run, the security headers set, and the register byte for byte as it was. Runs on H2
 * and again on PostgreSQL (tag {@code hostile}).
 */
@OnSilkway
@Tag("hostile")
class HostileInputIT {

  /** Markup from the hostile values that must never come back where a browser reads HTML. */
  private static final Pattern REFLECTED =
      Pattern.compile("<script>alert|<img src=x|Set-Cookie: injected");

  private static String registerBefore;

  private final URL base;

  HostileInputIT(URL base) {
    this.base = base;
  }

  static Stream<Hostile> hostileInputs() {
    return HostileInputs.all().stream();
  }

  @Test
  void there_are_at_least_two_hundred_hostile_inputs() {
    List<Hostile> all = HostileInputs.all();
    assertTrue(all.size() >= 200, "only " + all.size() + " hostile inputs");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("hostileInputs")
  void a_hostile_request_gets_silkways_own_answer_and_changes_nothing(Hostile hostile) {
    String before = registerBefore();

    HttpResponse<byte[]> response = Http.send(hostile.request(base));

    int status = response.statusCode();
    assertTrue(status < 500, () -> hostile + " → " + status + ": " + excerpt(response));
    if (status >= 400) {
      assertNull(
          Answer.internalsIn(response), () -> hostile + " shows internals: " + excerpt(response));
    }
    if (Answer.readableAsHtml(response)) {
      assertFalse(
          REFLECTED.matcher(Answer.text(response)).find(),
          () -> hostile + " reflects its input into HTML");
    }
    if (response.body().length > 0) {
      // Only a request the server refuses before it reaches Silkway (an undecodable URI, TRACE)
      // gets the server's own empty answer without Silkway's headers: it has nothing to sniff.
      assertEquals(
          "nosniff",
          response.headers().firstValue("X-Content-Type-Options").orElse(""),
          hostile::toString);
    }
    assertTrue(response.headers().firstValue("X-Powered-By").isEmpty(), hostile::toString);
    if (!hostile.mayOpenSession()) {
      assertTrue(
          response.headers().firstValue("Set-Cookie").isEmpty(),
          () -> hostile + " opened a session");
    }
    assertEquals(before, export(), () -> hostile + " changed the register");
  }

  private synchronized String registerBefore() {
    if (registerBefore == null) {
      registerBefore = export();
    }
    return registerBefore;
  }

  private String export() {
    HttpResponse<byte[]> response = Http.get(base, "api/export");
    assertEquals(200, response.statusCode());
    return Answer.text(response);
  }

  private static String excerpt(HttpResponse<byte[]> response) {
    String text = Answer.text(response);
    return text.length() > 600 ? text.substring(0, 600) + "…" : text;
  }
}
