package org.silkway.core.register;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A document with mistakes is refused whole, and every mistake is named with where it is. */
class RejectedImportTest {

  private static final String VALID_SOURCE =
      """
      {"key":"s1","kind":"ARTICLE","title":"T","outlet":null,"author":null,"published":{"start":"2025-06-18","end":null,"precision":"DAY"},
       "publishedNote":null,"url":null,"language":"en","retrieved":"2026-11-23","file":null}""";

  private static List<ImportProblem> problemsOf(String entries) {
    String json =
        "{\"format\":\"silkway-register\",\"version\":1,\"sources\":["
            + VALID_SOURCE
            + "],\"entries\":["
            + entries
            + "]}";
    InvalidRegisterException e =
        assertThrows(
            InvalidRegisterException.class,
            () -> {
              var reading =
                  RegisterJsonReader.readLeniently(
                      new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
              RegisterAssembler.assemble(reading.document(), reading.problems());
            });
    return e.problems();
  }

  private static void assertProblem(
      List<ImportProblem> problems, String where, String field, String messagePart) {
    assertTrue(
        problems.stream()
            .anyMatch(
                p ->
                    p.where().equals(where)
                        && field.equals(p.field())
                        && p.message().contains(messagePart)),
        () ->
            "no problem at "
                + where
                + " / "
                + field
                + " containing '"
                + messagePart
                + "' in "
                + problems);
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
