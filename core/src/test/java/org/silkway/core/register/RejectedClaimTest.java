package org.silkway.core.register;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.silkway.core.register.Documents.assertProblem;
import static org.silkway.core.register.Documents.claim;
import static org.silkway.core.register.Documents.rail;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A claim that breaks the property schema is refused, named with its entry and field. */
class RejectedClaimTest {

  private static final String KAZAKHSTAN =
      """
      {"key":"country/KZ","type":"COUNTRY","status":"DRAFT","names":{"en":"Kazakhstan","ru":"Казахстан","zh":"哈萨克斯坦"},
       "attributes":{"code":"KZ","role":"CENTRAL_ASIAN_STATE"},"claims":[%s]}""";

  private static List<ImportProblem> problemsOf(String entries) {
    return Documents.problemsOf(Documents.withEntries(entries));
  }

  @Test
  void a_stage_code_that_is_not_a_project_stage_is_refused_at_the_code() {
    List<ImportProblem> problems = problemsOf(rail(claim("c1", "stage", "{\"code\":\"FOO\"}")));
    assertProblem(
        problems,
        "entry 'project/rail'",
        "claims[0].value.code",
        "'stage' is one of ANNOUNCED, AGREED, PREPARATION, UNDER_CONSTRUCTION, OPERATING, SUSPENDED,"
            + " CANCELLED, not 'FOO'");
  }

  @Test
  void a_document_status_that_is_a_project_stage_is_refused() {
    List<ImportProblem> problems =
        problemsOf(
            """
            {"key":"document/declaration","type":"DOCUMENT","status":"DRAFT","names":{"en":"Declaration"},
             "attributes":{"documentType":"DECLARATION"},"claims":[%s]}"""
                .formatted(claim("c1", "status", "{\"code\":\"OPERATING\"}")));
    assertProblem(
        problems,
        "entry 'document/declaration'",
        "claims[0].value.code",
        "'status' is one of ANTICIPATED, SIGNED, IN_FORCE, not 'OPERATING'");
  }

  @Test
  void a_cost_of_a_country_is_refused_at_the_property() {
    List<ImportProblem> problems =
        problemsOf(
            KAZAKHSTAN.formatted(
                claim(
                    "c1",
                    "cost",
                    "{\"amount\":\"8\",\"unit\":\"USD_BILLION\",\"bound\":\"ABOUT\"}")));
    assertProblem(
        problems, "entry 'country/KZ'", "claims[0].property", "'cost' does not apply to a country");
  }

  @Test
  void a_property_of_an_indicator_on_a_project_is_refused_with_an_article_that_reads() {
    List<ImportProblem> problems =
        problemsOf(
            rail(
                claim(
                    "c1",
                    "observation",
                    "{\"amount\":\"1\",\"unit\":\"KM\",\"bound\":\"EXACT\"}")));
    assertProblem(
        problems,
        "entry 'project/rail'",
        "claims[0].property",
        "'observation' does not apply to a project");
  }

  @Test
  void a_unit_the_property_is_not_given_in_is_refused_at_the_unit() {
    List<ImportProblem> problems =
        problemsOf(
            rail(claim("c1", "cost", "{\"amount\":\"523\",\"unit\":\"KM\",\"bound\":\"EXACT\"}")));
    assertProblem(
        problems,
        "entry 'project/rail'",
        "claims[0].value.unit",
        "'cost' is given in money (a currency at a scale, such as USD_MILLION), not KM");
  }

  @Test
  void a_border_length_in_megawatts_is_refused() {
    List<ImportProblem> problems =
        problemsOf(
            KAZAKHSTAN.formatted(
                claim(
                    "c1",
                    "border-length-with-china",
                    "{\"amount\":\"1783\",\"unit\":\"MW\",\"bound\":\"EXACT\"}")));
    assertProblem(
        problems,
        "entry 'country/KZ'",
        "claims[0].value.unit",
        "'border-length-with-china' is given in KM, not MW");
  }

  @Test
  void each_broken_claim_of_an_entry_is_named_once() {
    List<ImportProblem> problems =
        problemsOf(
            rail(
                claim("c1", "stage", "{\"code\":\"FOO\"}")
                    + ","
                    + claim("c2", "held", "{\"time\":{\"start\":\"2025\",\"precision\":\"YEAR\"}}")
                    + ","
                    + claim("c3", "stage", "{\"code\":\"OPERATING\"}")));
    assertEquals(2, problems.size(), problems.toString());
    assertProblem(problems, "entry 'project/rail'", "claims[0].value.code", "not 'FOO'");
    assertProblem(
        problems,
        "entry 'project/rail'",
        "claims[1].property",
        "'held' does not apply to a project");
  }
}
