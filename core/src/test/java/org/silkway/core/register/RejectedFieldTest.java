package org.silkway.core.register;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.silkway.core.register.Documents.assertProblem;
import static org.silkway.core.register.Documents.claim;
import static org.silkway.core.register.Documents.letters;
import static org.silkway.core.register.Documents.rail;
import static org.silkway.core.register.Documents.sourceWith;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.silkway.core.entry.Entry;

/**
 * Whatever the database would refuse (too long, a control character, an amount it cannot hold
 * exactly) is refused by the import first, naming the source or entry and the field.
 */
class RejectedFieldTest {

  private static final String RAIL = "entry 'project/rail'";

  private static List<ImportProblem> railProblems(String claims) {
    return Documents.problemsOf(Documents.withEntries(rail(claims)));
  }

  private static List<ImportProblem> sourceProblems(String field, String json) {
    return Documents.problemsOf(Documents.document(sourceWith(field, json), ""));
  }

  private static String amount(String json) {
    return claim(
        "c1", "cost", "{\"amount\":" + json + ",\"unit\":\"USD_BILLION\",\"bound\":\"ABOUT\"}");
  }

  @Test
  void an_amount_with_a_huge_exponent_is_refused_without_expanding_it() {
    List<ImportProblem> problems =
        assertTimeoutPreemptively(Documents.HANG_GUARD, () -> railProblems(amount("1e999999")));
    assertProblem(problems, RAIL, "claims[0].value.amount", "too large");
  }

  @Test
  void an_amount_whose_exponent_has_ten_digits_is_refused_without_running_out_of_memory() {
    List<ImportProblem> problems =
        assertTimeoutPreemptively(
            Documents.HANG_GUARD, () -> railProblems(amount("\"1e999999999\"")));
    assertProblem(problems, RAIL, "claims[0].value.amount", "too large");
  }

  @Test
  void an_amount_with_more_than_six_decimals_is_refused_not_rounded() {
    assertProblem(
        railProblems(amount("1.0123456789")), RAIL, "claims[0].value.amount", "never rounded");
  }

  @Test
  void a_tiny_amount_is_refused_rather_than_stored_as_zero() {
    assertProblem(railProblems(amount("1e-999")), RAIL, "claims[0].value.amount", "decimals");
  }

  @Test
  void an_amount_with_fifteen_digits_before_the_point_is_refused() {
    assertProblem(
        railProblems(amount("\"123456789012345\"")), RAIL, "claims[0].value.amount", "too large");
  }

  @Test
  void an_amount_that_is_not_a_number_is_refused() {
    assertProblem(
        railProblems(amount("\"1e\"")), RAIL, "claims[0].value.amount", "'1e' is not a number");
  }

  @Test
  void an_amount_at_the_edge_of_the_column_is_stored_exactly() {
    Entry rail =
        Documents.accepted(Documents.withEntries(rail(amount("99999999999999.999999"))))
            .entries()
            .get(0);
    assertEquals(
        0,
        new BigDecimal("99999999999999.999999")
            .compareTo(rail.allClaims().get(0).value().amount()));
  }

  @Test
  void a_title_longer_than_its_column_is_refused() {
    assertProblem(sourceProblems("title", letters(501)), "source 's1'", "title", "at most 500");
  }

  @Test
  void an_outlet_longer_than_its_column_is_refused() {
    assertProblem(sourceProblems("outlet", letters(201)), "source 's1'", "outlet", "at most 200");
  }

  @Test
  void a_url_longer_than_its_column_is_refused() {
    assertProblem(sourceProblems("url", letters(1001)), "source 's1'", "url", "at most 1000");
  }

  @Test
  void a_url_that_is_no_web_address_is_refused() {
    assertProblem(
        sourceProblems("url", "\"javascript:alert(1)\""), "source 's1'", "url", "https://");
    assertProblem(sourceProblems("url", "\"example.org\""), "source 's1'", "url", "https://");
  }

  @Test
  void a_language_longer_than_its_column_is_refused() {
    assertProblem(sourceProblems("language", letters(11)), "source 's1'", "language", "at most 10");
  }

  @Test
  void a_published_note_longer_than_its_column_is_refused() {
    assertProblem(
        sourceProblems("publishedNote", letters(501)),
        "source 's1'",
        "publishedNote",
        "at most 500");
  }

  @Test
  void a_nul_character_in_a_title_is_refused() {
    assertProblem(
        sourceProblems("title", "\"An\\u0000article\""), "source 's1'", "title", "U+0000");
  }

  @Test
  void a_line_break_in_a_url_is_refused() {
    assertProblem(
        sourceProblems("url", "\"https://example.org/\\nx\""), "source 's1'", "url", "U+000A");
  }

  @Test
  void a_retrieved_date_with_a_five_digit_year_is_refused() {
    assertProblem(
        sourceProblems("retrieved", "\"+10000-01-01\""), "source 's1'", "retrieved", "not a date");
  }

  @Test
  void an_english_name_longer_than_its_column_is_refused() {
    String entry = rail("").replace("\"Rail\"", letters(256));
    assertProblem(
        Documents.problemsOf(Documents.withEntries(entry)), RAIL, "names.en", "at most 255");
  }

  @Test
  void a_control_character_in_a_russian_name_is_refused() {
    String entry = rail("").replace("{\"en\":\"Rail\"}", "{\"en\":\"Rail\",\"ru\":\"\\u0007\"}");
    assertProblem(Documents.problemsOf(Documents.withEntries(entry)), RAIL, "names.ru", "U+0007");
  }

  @Test
  void half_a_character_in_a_name_is_refused() {
    String entry = rail("").replace("\"Rail\"", "\"Rail \\ud800\"");
    assertProblem(
        Documents.problemsOf(Documents.withEntries(entry)), RAIL, "names.en", "lone surrogate");
  }

  @Test
  void an_excerpt_longer_than_its_column_is_refused() {
    String c = claim("c1", "route", "{\"text\":\"a\"}").replace("\"x\"", letters(2001));
    assertProblem(railProblems(c), RAIL, "claims[0].citations[0].excerpt", "at most 2000");
  }

  @Test
  void a_note_longer_than_its_column_is_refused() {
    String c =
        claim("c1", "route", "{\"text\":\"a\"}")
            .replace(",\"kind\"", ",\"note\":" + letters(2001) + ",\"kind\"");
    assertProblem(railProblems(c), RAIL, "claims[0].note", "at most 2000");
  }

  @Test
  void a_source_wording_longer_than_its_column_is_refused() {
    String c =
        claim("c1", "route", "{\"text\":\"a\"}")
            .replace(",\"kind\"", ",\"asStated\":" + letters(1001) + ",\"kind\"");
    assertProblem(railProblems(c), RAIL, "claims[0].asStated", "at most 1000");
  }

  @Test
  void a_text_value_longer_than_its_column_is_refused() {
    assertProblem(
        railProblems(claim("c1", "route", "{\"text\":" + letters(2001) + "}")),
        RAIL,
        "claims[0].value.text",
        "at most 2000");
  }

  @Test
  void a_code_longer_than_its_column_is_refused() {
    String code = "\"" + "A".repeat(41) + "\"";
    assertProblem(
        railProblems(claim("c1", "stage", "{\"code\":" + code + "}")),
        RAIL,
        "claims[0].value.code",
        "at most 40");
  }

  @Test
  void a_claim_key_longer_than_its_column_is_refused() {
    assertProblem(
        railProblems(claim("c".repeat(101), "route", "{\"text\":\"a\"}")),
        RAIL,
        "claims[0].key",
        "at most 100");
  }

  @Test
  void a_key_with_odd_characters_is_refused_and_quoted_only_in_part() {
    String key = "project/<script>" + "x".repeat(500);
    List<ImportProblem> problems =
        Documents.problemsOf(Documents.withEntries(rail("").replace("project/rail", key)));
    ImportProblem problem = problems.get(0);
    assertEquals("key", problem.field());
    assertTrue(problem.where().length() < 60, problem.where());
    assertTrue(problem.message().length() < 200, problem.message());
  }

  @Test
  void line_breaks_and_tabs_are_kept_in_an_excerpt() {
    String c =
        claim("c1", "route", "{\"text\":\"a\"}").replace("\"x\"", "\"line one\\n\\tline two\"");
    Entry rail = Documents.accepted(Documents.withEntries(rail(c))).entries().get(0);
    assertEquals("line one\n\tline two", rail.allClaims().get(0).citations().get(0).excerpt());
  }
}
