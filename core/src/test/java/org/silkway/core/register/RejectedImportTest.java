package org.silkway.core.register;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.silkway.core.register.Documents.assertProblem;
import static org.silkway.core.register.Documents.claim;
import static org.silkway.core.register.Documents.rail;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A document with mistakes is refused whole, and every mistake is named with where it is. */
class RejectedImportTest {

  private static List<ImportProblem> problemsOf(String entries) {
    return Documents.problemsOf(Documents.withEntries(entries));
  }

  @Test
  void a_figure_that_is_not_a_number_is_named_with_its_entry_and_field() {
    List<ImportProblem> problems =
        problemsOf(
            """
            {"key":"project/rail","type":"PROJECT","status":"DRAFT","names":{"en":"Rail"},"attributes":{},
             "claims":[{"key":"c1","property":"cost","value":{"amount":"8 bn","unit":"USD_BILLION","bound":"ABOUT"},
                        "kind":"ACTUAL","citations":[{"source":"s1","excerpt":"around $8 billion"}]}]}""");
    assertProblem(
        problems, "entry 'project/rail'", "claims[0].value.amount", "'8 bn' is not a number");
  }

  @Test
  void a_published_entry_with_an_uncited_claim_is_refused() {
    List<ImportProblem> problems =
        problemsOf(
            """
            {"key":"event/summit","type":"EVENT","status":"PUBLISHED","names":{"en":"Summit"},"attributes":{"kind":"SUMMIT"},
             "claims":[{"key":"c1","property":"held","value":{"time":{"start":"2025-06-16","precision":"DAY"}},"kind":"ACTUAL"}]}""");
    assertProblem(problems, "entry 'event/summit'", "status", "c1 have no citation");
  }

  @Test
  void references_to_missing_entries_sources_and_claims_are_each_named() {
    List<ImportProblem> problems =
        problemsOf(
            """
            {"key":"project/rail","type":"PROJECT","status":"DRAFT","names":{"en":"Rail"},"attributes":{},
             "claims":[
               {"key":"c1","property":"country","value":{"entry":"country/XX"},"kind":"ACTUAL","citations":[{"source":"s1","excerpt":"x"}]},
               {"key":"c2","property":"length","value":{"amount":"523","unit":"KM","bound":"ABOUT"},"kind":"ACTUAL","citations":[{"source":"nope","excerpt":"x"}]},
               {"key":"c3","property":"length","value":{"amount":"500","unit":"KM","bound":"ABOUT"},"kind":"DERIVED","derivedFrom":["c9"]}]}""");
    assertProblem(
        problems, "entry 'project/rail'", "claims[0].value.entry", "no entry 'country/XX'");
    assertProblem(
        problems, "entry 'project/rail'", "claims[1].citations[0].source", "no source 'nope'");
    assertProblem(problems, "entry 'project/rail'", "claims[2].derivedFrom[0]", "no claim 'c9'");
  }

  @Test
  void unknown_types_properties_fields_and_missing_translations_are_named() {
    List<ImportProblem> problems =
        problemsOf(
            """
            {"key":"country/KZ","type":"COUNTRY","status":"DRAFT","names":{"en":"Kazakhstan"},"attributes":{"code":"KZ","role":"CENTRAL_ASIAN_STATE"},
             "claims":[{"key":"c1","property":"population","value":{"text":"20 million"},"kind":"ACTUAL","citations":[{"source":"s1","excerpt":"x"}]}],
             "colour":"blue"},
            {"key":"thing/x","type":"THING","status":"DRAFT","names":{"en":"X"},"attributes":{},"claims":[]}""");
    assertProblem(problems, "entry 'country/KZ'", "names.ru", "named in en, ru and zh");
    assertProblem(
        problems, "entry 'country/KZ'", "claims[0].property", "'population' is not a property");
    assertProblem(problems, "entry 'country/KZ'", "colour", "is not a field");
    assertProblem(problems, "entry 'thing/x'", "type", "type is one of COUNTRY");
  }

  @Test
  void a_claim_that_refers_to_an_entry_of_the_wrong_type_is_refused() {
    List<ImportProblem> problems =
        problemsOf(
            rail(claim("c1", "country", "{\"entry\":\"project/road\"}"))
                + ","
                + """
                {"key":"project/road","type":"PROJECT","status":"DRAFT","names":{"en":"Road"},"attributes":{},"claims":[]}""");
    assertProblem(
        problems, "entry 'project/rail'", "claims[0].value.entry", "'country' refers to a country");
  }

  @Test
  void a_claim_listed_twice_in_derived_from_is_refused() {
    List<ImportProblem> problems =
        problemsOf(
            rail(
                claim("c1", "length", "{\"amount\":\"500\",\"unit\":\"KM\",\"bound\":\"ABOUT\"}")
                    + ","
                    + derived("c2", "\"c1\",\"c1\"")));
    assertProblem(problems, "entry 'project/rail'", "claims[1].derivedFrom[1]", "listed twice");
  }

  @Test
  void derivations_that_go_round_in_a_circle_are_refused() {
    List<ImportProblem> problems =
        problemsOf(rail(derived("c1", "\"c2\"") + "," + derived("c2", "\"c1\"")));
    assertTrue(
        problems.stream()
            .anyMatch(
                p ->
                    p.field().endsWith(".derivedFrom")
                        && p.message().contains("round in a circle")),
        problems::toString);
  }

  @Test
  void a_claim_derived_from_itself_is_refused() {
    List<ImportProblem> problems = problemsOf(rail(derived("c1", "\"c1\"")));
    assertProblem(problems, "entry 'project/rail'", "claims[0].derivedFrom[0]", "from itself");
  }

  @Test
  void a_derived_claim_with_a_citation_is_refused() {
    List<ImportProblem> problems =
        problemsOf(
            rail(
                claim("c1", "length", "{\"amount\":\"5\",\"unit\":\"KM\",\"bound\":\"ABOUT\"}")
                    .replace("\"ACTUAL\"", "\"DERIVED\"")));
    assertProblem(problems, "entry 'project/rail'", "claims[0].citations", "rests on derivedFrom");
  }

  @Test
  void two_entries_with_the_same_key_are_refused() {
    List<ImportProblem> problems = problemsOf(rail("") + "," + rail(""));
    assertProblem(problems, "entry 'project/rail'", "key", "appears twice");
  }

  @Test
  void two_sources_with_the_same_key_are_refused() {
    List<ImportProblem> problems =
        Documents.problemsOf(Documents.document(Documents.SOURCE + "," + Documents.SOURCE, ""));
    assertProblem(problems, "source 's1'", "key", "appears twice");
  }

  @Test
  void a_claim_key_used_in_two_entries_is_refused() {
    String text = "{\"text\":\"a line\"}";
    List<ImportProblem> problems =
        problemsOf(
            rail(claim("c1", "route", text))
                + ","
                + rail(claim("c1", "route", text)).replace("project/rail", "project/road"));
    assertProblem(problems, "entry 'project/road'", "claims[0].key", "appears twice");
  }

  @Test
  void two_preferred_claims_about_the_same_thing_are_refused() {
    String cost = "{\"amount\":\"8\",\"unit\":\"USD_BILLION\",\"bound\":\"ABOUT\"}";
    String preferred = ",\"preferred\":true,\"kind\"";
    List<ImportProblem> problems =
        problemsOf(
            rail(
                claim("c1", "cost", cost).replace(",\"kind\"", preferred)
                    + ","
                    + claim("c2", "cost", cost).replace(",\"kind\"", preferred)));
    assertProblem(problems, "entry 'project/rail'", "claims[1].preferred", "'c1'");
  }

  @Test
  void a_value_of_two_kinds_at_once_is_refused() {
    List<ImportProblem> problems =
        problemsOf(rail(claim("c1", "route", "{\"text\":\"a\",\"code\":\"B\"}")));
    assertProblem(problems, "entry 'project/rail'", "claims[0].value", "exactly one of");
  }

  @Test
  void a_claim_without_a_value_is_refused() {
    List<ImportProblem> problems = problemsOf(rail(claim("c1", "route", "null")));
    assertProblem(problems, "entry 'project/rail'", "claims[0].value", "needs a value");
  }

  @Test
  void a_span_that_ends_before_it_starts_is_refused() {
    String span =
        "{\"time\":{\"start\":\"2025-06-18\",\"end\":\"2025-06-01\",\"precision\":\"DAY\"}}";
    List<ImportProblem> problems = problemsOf(rail(claim("c1", "completion-target", span)));
    assertProblem(
        problems, "entry 'project/rail'", "claims[0].value.time.end", "ends before it starts");
  }

  @Test
  void a_country_whose_key_does_not_match_its_code_is_refused() {
    List<ImportProblem> problems =
        problemsOf(
            """
            {"key":"country/KG","type":"COUNTRY","status":"DRAFT","names":{"en":"K","ru":"K","zh":"K"},
             "attributes":{"code":"KZ","role":"CENTRAL_ASIAN_STATE"},"claims":[]}""");
    assertProblem(problems, "entry 'country/KG'", "key", "expected 'country/KZ'");
  }

  @Test
  void an_entry_whose_key_names_another_type_is_refused() {
    List<ImportProblem> problems = problemsOf(rail("").replace("project/rail", "event/rail"));
    assertProblem(problems, "entry 'event/rail'", "key", "starts with 'project/'");
  }

  @Test
  void an_unknown_claim_kind_is_refused() {
    List<ImportProblem> problems =
        problemsOf(rail(claim("c1", "route", "{\"text\":\"a\"}").replace("ACTUAL", "RUMOUR")));
    assertProblem(problems, "entry 'project/rail'", "claims[0].kind", "not 'RUMOUR'");
  }

  @Test
  void an_attribute_the_type_does_not_have_is_refused() {
    List<ImportProblem> problems =
        problemsOf(rail("").replace("\"attributes\":{}", "\"attributes\":{\"colour\":\"blue\"}"));
    assertProblem(problems, "entry 'project/rail'", "attributes.colour", "not an attribute");
  }

  @Test
  void a_published_entry_with_many_uncited_claims_names_only_a_few_of_them() {
    StringBuilder claims = new StringBuilder();
    for (int i = 0; i < 1000; i++) {
      claims
          .append(i == 0 ? "" : ",")
          .append(
              """
              {"key":"c%d","property":"route","value":{"text":"a"},"kind":"ACTUAL"}"""
                  .formatted(i));
    }
    List<ImportProblem> problems =
        problemsOf(rail(claims.toString()).replace("DRAFT", "PUBLISHED"));
    assertProblem(problems, "entry 'project/rail'", "status", "and 995 more have no citation");
    assertTrue(problems.get(0).message().length() < 200, problems.get(0).message());
  }

  @Test
  void more_problems_than_are_kept_are_counted() {
    StringBuilder entries = new StringBuilder();
    for (int i = 0; i < 250; i++) {
      entries.append(i == 0 ? "" : ",").append(rail("").replace("project/rail", "project/r" + i));
    }
    InvalidRegisterException e =
        Documents.refusal(Documents.withEntries(entries.toString().replace("PROJECT", "THING")));

    assertEquals(ImportProblems.KEPT, e.problems().size());
    assertEquals(250, e.total());
    assertTrue(e.isCut());
    assertEquals("entry 'project/r0'", e.problems().get(0).where());
  }

  private static String derived(String key, String origins) {
    return """
        {"key":"%s","property":"length","value":{"amount":"5","unit":"KM","bound":"ABOUT"},"kind":"DERIVED","derivedFrom":[%s]}"""
        .formatted(key, origins);
  }

  @Test
  void broken_json_is_reported_with_its_line() {
    InvalidRegisterException e =
        assertThrows(
            InvalidRegisterException.class,
            () ->
                RegisterJsonReader.read(
                    new ByteArrayInputStream(
                        "{\"format\": \n [".getBytes(StandardCharsets.UTF_8))));
    assertTrue(e.getMessage().contains("line 2"), e.getMessage());
  }
}
