package org.silkway.web.translation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.silkway.web.support.Accounts;
import org.silkway.web.support.Answer;
import org.silkway.web.support.FormSession;
import org.silkway.web.support.Http;
import org.silkway.web.support.OnSilkway;
import org.silkway.web.support.Pdfs;

/**
 * A translation as a translator and a reviewer make it, over HTTP through the pages themselves: the
 * desk's count, the queue, the form with the original beside the translation, wrong input refused
 * at its field with nothing saved, the translation saved and submitted, approved by a reviewer, and
 * then in the Russian Kazakhstan brief in place of the English original and its mark.
 */
@OnSilkway
class TranslationIT {

  private static final String ENTRY = "project/allur-group-stake";
  private static final String CLAIM = "allur-group-stake-description-001";
  private static final String FORM =
      "admin/translate.xhtml?entry=" + ENTRY + "&claim=" + CLAIM + "&lang=ru";

  /** The end of the English original, as the brief prints it before its mark. */
  private static final String ORIGINAL =
      "leading to a significant increase in automobile production and sales";

  private static final String TRANSLATION =
      "Китайская национальная корпорация машиностроительного импорта и экспорта и Allur";
  private static final Pattern RUSSIAN_COUNT =
      Pattern.compile("sw-translations-ru\"[^>]*><strong class=\"sw-count\">(\\d+)</strong>");
  private static final Pattern FIELD_ERROR = Pattern.compile("ui-message-error");

  private final URL base;

  TranslationIT(URL base) {
    this.base = base;
  }

  private FormSession signedIn(Accounts.Login login) {
    FormSession session = new FormSession(base);
    assertEquals(302, session.signIn(login).statusCode(), "signs in");
    return session;
  }

  private static long russianCount(String desk) {
    Matcher count = RUSSIAN_COUNT.matcher(desk);
    assertTrue(count.find(), "the desk has no count of texts to translate into Russian");
    return Long.parseLong(count.group(1));
  }

  private String russianKazakhstanBrief() {
    HttpResponse<byte[]> pdf = Http.get(base, "api/briefs/countries/KZ.pdf?lang=ru");
    assertEquals(200, pdf.statusCode());
    return Pdfs.text(pdf.body());
  }

  private String entryPage(FormSession session) {
    return session.get("admin/entry.xhtml?key=" + ENTRY).body();
  }

  @Test
  void a_translation_goes_from_the_queue_through_review_into_the_russian_brief() {
    FormSession editor = signedIn(Accounts.editor(base));
    long queued = russianCount(editor.get("admin/index.xhtml").body());
    assertTrue(queued > 100, "the seed's texts are all in English: " + queued);

    String queue = editor.get("admin/translations.xhtml?lang=ru").body();
    assertTrue(queue.contains("Texts to translate into Russian"), queue);
    assertTrue(queue.contains("Texts: " + queued), "the queue counts what the desk says");
    assertEquals(404, editor.get("admin/translations.xhtml?lang=xx").statusCode());
    assertEquals(
        404,
        editor.get("admin/translate.xhtml?entry=" + ENTRY + "&claim=nope&lang=ru").statusCode());

    String before = russianKazakhstanBrief();
    assertTrue(
        before.contains(ORIGINAL + " (на английском языке)"),
        "the Russian brief prints the English original with its mark: " + before);

    String form = editor.get(FORM).body();
    assertTrue(form.contains("Original, in English"), form);
    assertTrue(form.contains("Anhui Jianghuai Automobile Group jointly acquired"), form);

    for (String wrong : new String[] {"   ", "x".repeat(2_001), "bell\u0007"}) {
      editor.get(FORM);
      HttpResponse<String> refused =
          editor.submitAsRendered(
              FORM,
              "translate-form",
              "translate-form:save",
              Map.of("translate-form:translation", wrong));
      String page = refused.body();
      String what = "'" + wrong.substring(0, Math.min(8, wrong.length())) + "' → ";
      if (wrong.contains("\u0007")) {
        // A control character is refused with the request, before any page sees it.
        assertEquals(400, refused.statusCode(), what + page);
      } else {
        assertEquals(200, refused.statusCode(), what + page);
        assertTrue(FIELD_ERROR.matcher(page).find(), what + "no message at the field");
      }
      assertNull(Answer.internalsIn(Answer.visibleText(page)), what + page);
      assertFalse(entryPage(editor).contains("sw-new"), what + "a wrong translation was saved");
    }

    editor.get(FORM);
    HttpResponse<String> saved =
        editor.submitAsRendered(
            FORM,
            "translate-form",
            "translate-form:save-and-submit",
            Map.of("translate-form:translation", TRANSLATION));
    assertEquals(302, saved.statusCode(), saved.body());
    assertTrue(FormSession.location(saved).contains("admin/translations.xhtml?lang=ru"));
    assertTrue(entryPage(editor).contains(TRANSLATION), "the entry page shows it proposed");
    assertFalse(
        russianKazakhstanBrief().contains(TRANSLATION), "readers see it before it is reviewed");

    FormSession reviewer = signedIn(Accounts.reviewer(base));
    String path = "admin/entry.xhtml?key=" + ENTRY;
    reviewer.get(path);
    HttpResponse<String> approved =
        reviewer.submitAsRendered(path, "review-form", "review-form:approve", Map.of());
    assertTrue(approved.statusCode() < 400, approved.body());

    String after = russianKazakhstanBrief();
    assertTrue(after.contains(TRANSLATION), "the Russian brief does not print it: " + after);
    assertFalse(after.contains(ORIGINAL), "the original is still printed beside its translation");
    assertEquals(queued - 1, russianCount(editor.get("admin/index.xhtml").body()));
  }
}
