package org.silkway.core.register;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.silkway.core.register.Documents.assertProblem;
import static org.silkway.core.register.Documents.rail;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A register document is one JSON object of the format, exactly: anything else is refused, and
 * refusing it costs time in proportion to its size, however it is built.
 */
class RejectedDocumentTest {

  private static final String EMPTY = Documents.document("", "");

  private static List<ImportProblem> documentProblems(String json) {
    return Documents.problemsOf(json);
  }

  @Test
  void content_after_the_document_is_refused() {
    assertProblem(documentProblems(EMPTY + " garbage"), "document", null, "follows");
  }

  @Test
  void a_second_object_after_the_document_is_refused() {
    assertProblem(documentProblems(EMPTY + EMPTY), "document", null, "follows");
  }

  @Test
  void a_version_with_a_fraction_is_refused() {
    assertProblem(
        documentProblems(EMPTY.replace("\"version\":1", "\"version\":1.5")),
        "document",
        "version",
        "found 1.5");
  }

  @Test
  void a_version_written_as_a_string_is_refused() {
    assertProblem(
        documentProblems(EMPTY.replace("\"version\":1", "\"version\":\"1\"")),
        "document",
        "version",
        "the string '1'");
  }

  @Test
  void a_version_written_as_one_point_zero_is_refused() {
    assertProblem(
        documentProblems(EMPTY.replace("\"version\":1", "\"version\":1.0")),
        "document",
        "version",
        "expected the number 1");
  }

  @Test
  void another_version_is_refused() {
    assertProblem(
        documentProblems(EMPTY.replace("\"version\":1", "\"version\":2")),
        "document",
        "version",
        "found 2");
  }

  @Test
  void a_document_without_a_version_is_refused() {
    assertProblem(
        documentProblems(EMPTY.replace("\"version\":1,", "")), "document", "version", "nothing");
  }

  @Test
  void a_version_with_a_huge_exponent_is_refused_at_once() {
    List<ImportProblem> problems =
        assertTimeoutPreemptively(
            Documents.HANG_GUARD,
            () -> documentProblems(EMPTY.replace("\"version\":1", "\"version\":1e999999999")));
    assertProblem(problems, "document", "version", "expected the number 1");
  }

  @Test
  void another_format_is_refused() {
    assertProblem(
        documentProblems(EMPTY.replace("silkway-register", "other")),
        "document",
        "format",
        "found 'other'");
  }

  @Test
  void an_array_instead_of_an_object_is_refused() {
    assertProblem(documentProblems("[" + EMPTY + "]"), "document", null, "one JSON object");
  }

  @Test
  void an_empty_body_is_refused() {
    assertProblem(documentProblems(""), "document", null, "");
  }

  @Test
  void entries_that_are_not_an_array_are_refused() {
    assertProblem(
        documentProblems(EMPTY.replace("\"entries\":[]", "\"entries\":\"none\"")),
        "document",
        "entries",
        "must be an array");
  }

  @Test
  void a_field_given_twice_in_an_entry_is_refused() {
    String entry =
        rail("").replace("\"status\":\"DRAFT\"", "\"status\":\"DRAFT\",\"status\":\"PUBLISHED\"");
    assertProblem(
        documentProblems(Documents.withEntries(entry)),
        "entry 'project/rail'",
        "status",
        "appears twice");
  }

  @Test
  void a_name_given_twice_is_refused() {
    String entry = rail("").replace("{\"en\":\"Rail\"}", "{\"en\":\"Rail\",\"en\":\"Road\"}");
    assertProblem(
        documentProblems(Documents.withEntries(entry)),
        "entry 'project/rail'",
        "names.en",
        "appears twice");
  }

  @Test
  void an_unknown_field_is_refused_and_its_name_quoted_only_in_part() {
    String entry = rail("").replace("\"status\"", "\"" + "x".repeat(300) + "\":1,\"status\"");
    List<ImportProblem> problems = documentProblems(Documents.withEntries(entry));
    assertEquals(1, problems.size(), problems::toString);
    assertTrue(problems.get(0).field().length() < 50, problems.get(0).field());
  }

  @Test
  void deeply_nested_junk_is_refused_without_exhausting_the_stack() {
    int depth = 100_000;
    String junk = "[".repeat(depth) + "]".repeat(depth);
    String json = EMPTY.replace("\"version\":1", "\"version\":1,\"junk\":" + junk);
    List<ImportProblem> problems =
        assertTimeoutPreemptively(Documents.HANG_GUARD, () -> documentProblems(json));
    assertProblem(problems, "document", null, "nested more than");
  }

  @Test
  void a_megabyte_of_junk_entries_gives_the_first_hundred_problems_and_their_count() {
    int junk = 500_000;
    byte[] body = junkEntries(junk);
    InvalidRegisterException e =
        assertTimeoutPreemptively(Documents.HANG_GUARD, () -> Documents.refusal(body));
    assertEquals(ImportProblems.KEPT, e.problems().size());
    assertEquals(junk, e.total());
    assertProblem(e.problems(), "document", "entries[0]", "must be an object");
  }

  @Test
  void twenty_megabytes_of_junk_are_refused_with_a_count_of_every_problem() {
    byte[] body = junkEntries(10_000_000);
    InvalidRegisterException e =
        assertTimeoutPreemptively(Documents.HANG_GUARD, () -> Documents.refusal(body));

    assertEquals(10_000_000, e.total());
  }

  @Test
  void an_entry_with_a_hundred_thousand_claims_is_checked_in_linear_time() {
    // Each claim preferred and derived from the one before: what was once quadratic per entry.
    int count = 100_000;
    StringBuilder claims = new StringBuilder();
    for (int i = 0; i < count; i++) {
      claims
          .append(i == 0 ? "" : ",")
          .append(
              """
              {"key":"c%d","property":"stage","value":{"code":"AGREED"},
               "when":{"start":"%d","precision":"YEAR"},"kind":"DERIVED","preferred":true,
               "derivedFrom":[%s]}"""
                  .formatted(i, 1000 + i % 9000, i == 0 ? "" : "\"c" + (i - 1) + "\""));
    }
    String json = Documents.withEntries(rail(claims.toString()));
    // About a second when warm; scanning the entry's claims for each claim, as adding and
    // preferring once did, takes minutes at this size, which the guard catches.
    InvalidRegisterException e =
        assertTimeoutPreemptively(Documents.HANG_GUARD, () -> Documents.refusal(json));

    // Years run from 1000 to 9999 and then repeat: every claim after the first 9000 is a second
    // preferred claim for its year. The rest is valid.
    assertEquals(count - 9000, e.total(), e::getMessage);
  }

  /** {@code {"format":...,"entries":[1,1,1,...]}}: about two bytes a problem. */
  private static byte[] junkEntries(int count) {
    StringBuilder json = new StringBuilder(count * 2 + 100);
    json.append("{\"format\":\"silkway-register\",\"version\":1,\"entries\":[1");
    json.append(",1".repeat(count - 1));
    return json.append("]}").toString().getBytes(StandardCharsets.UTF_8);
  }
}
