package org.silkway.web.curation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.silkway.web.support.Accounts;
import org.silkway.web.support.Answer;
import org.silkway.web.support.FormSession;
import org.silkway.web.support.Http;
import org.silkway.web.support.OnSilkway;

/**
 * The editors' forms as a clumsy or hostile user meets them: every wrong input gets a message or a
 * 4xx, never a 5xx, shows no internals, echoes no markup a browser would run, and saves nothing:
 * the draft entry it was typed into and the published register stay as they were. Runs on H2 and
 * again on PostgreSQL (tag {@code hostile}).
 */
@OnSilkway
@Tag("hostile")
class HostileFormsIT {

  private static final Pattern ERROR_MESSAGE = Pattern.compile("ui-messages?-error");
  private static final Pattern REFLECTED = Pattern.compile("<script>alert|<img src=x");

  private static String draftKey;
  private static String draftBefore;
  private static String registerBefore;

  private final URL base;

  /**
   * One signed-in editor for every input, each in a tab of its own: HTTP Basic on every request
   * checked the password (600,000 PBKDF2 rounds) three or four times an input, most of this test's
   * minutes.
   */
  private static FormSession signedIn;

  HostileFormsIT(URL base) {
    this.base = base;
  }

  static Stream<FormInput> inputs() {
    return FormInputs.all("project/hostile-forms-probe").stream();
  }

  @Test
  void there_are_at_least_a_hundred_wrong_inputs_across_the_forms() {
    List<FormInput> all = FormInputs.all("project/hostile-forms-probe");
    assertTrue(all.size() >= 100, "only " + all.size() + " inputs");
    assertEquals(3, all.stream().map(FormInput::form).distinct().count(), "forms covered");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("inputs")
  void a_wrong_input_gets_a_message_and_saves_nothing(FormInput input) {
    String draft = draft();
    String draftBefore = draftBefore(draft);
    String registerBefore = registerBefore();

    String path = input.page().replace("project/hostile-forms-probe", draft);
    FormSession form = editorTab();
    form.get(path);
    String property = input.fields().get("claim-form:property");
    if (property != null) {
      // As in a browser: choosing what the claim says brings up the editor for its value, and
      // ticking "not in the register yet" the fields of a new source.
      Map<String, String> chosen = new LinkedHashMap<>();
      chosen.put("claim-form:property", property);
      if (input.fields().containsKey(FormInputs.NEW_SOURCE)) {
        chosen.put(FormInputs.NEW_SOURCE, "true");
      }
      form.submitAsRendered(path, input.form(), "claim-form:no-button", chosen);
    }
    HttpResponse<String> response =
        form.submitAsRendered(path, input.form(), input.button(), input.fields());

    int status = response.statusCode();
    String page = response.body();
    assertTrue(status < 500, () -> input + " → " + status + ": " + excerpt(page));
    assertNull(
        Answer.internalsIn(Answer.visibleText(page)),
        () -> input + " shows internals: " + excerpt(Answer.visibleText(page)));
    assertFalse(REFLECTED.matcher(page).find(), () -> input + " echoes markup: " + excerpt(page));
    assertTrue(
        status >= 400 || ERROR_MESSAGE.matcher(page).find(),
        () -> input + " → " + status + " without a message: " + excerpt(page));
    assertEquals(draftBefore, fingerprint(draft), () -> input + " changed the draft");
    assertEquals(
        registerBefore,
        Answer.text(Http.get(base, "api/export")),
        () -> input + " changed the register");
  }

  private synchronized FormSession editorTab() {
    if (signedIn == null) {
      FormSession session = new FormSession(base);
      assertEquals(302, session.signIn(Accounts.editor(base)).statusCode(), "the editor signs in");
      signedIn = session;
    }
    return new FormSession(signedIn);
  }

  /** The draft project every input is typed into, made once through the new-entry form. */
  private synchronized String draft() {
    if (draftKey == null) {
      HttpResponse<String> created = editorTab().newProject("Hostile forms probe");
      draftKey =
          FormSession.entryKey(created).orElseThrow(() -> new AssertionError(created.body()));
    }
    return draftKey;
  }

  /**
   * The draft and the register as they were before the first input: every input must leave them so,
   * and reading them once instead of before each input halves the time the test takes.
   */
  private synchronized String draftBefore(String draft) {
    if (draftBefore == null) {
      draftBefore = fingerprint(draft);
    }
    return draftBefore;
  }

  private synchronized String registerBefore() {
    if (registerBefore == null) {
      registerBefore = Answer.text(Http.get(base, "api/export"));
    }
    return registerBefore;
  }

  /** What the entry page says of the draft: its names, claims, review state and history. */
  private String fingerprint(String key) {
    String page = editorTab().get("admin/entry.xhtml?key=" + key).body();
    return page.replaceAll("(?s).*?(<h1 id=\"entry-name\")", "$1")
        .replaceAll("name=\"jakarta.faces.ViewState\"[^>]*>", "")
        // Each response's script nonce is new (PrimeFaces' nonce mode): not a change of the draft.
        .replaceAll("nonce=\"[^\"]*\"", "")
        .replaceAll("PrimeFaces\\.csp\\.init\\('[^']*'\\)", "")
        .replaceAll("id=\"j_id[^\"]*\"", "");
  }

  private static String excerpt(String text) {
    return text.length() > 1500 ? text.substring(0, 1500) + "…" : text;
  }
}
