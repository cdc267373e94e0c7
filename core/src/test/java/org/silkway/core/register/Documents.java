package org.silkway.core.register;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;

/** Small register documents for tests, and the import's verdict on them, as the server gives it. */
final class Documents {

  /**
   * How long a check of a hostile document may take before the test calls it hung. Not a speed
   * target (those are measured in docs/measurements.md): the attacks these tests replay kept a
   * thread busy for minutes or ran the heap out, so a generous bound tells them apart from a slow,
   * shared machine.
   */
  static final Duration HANG_GUARD = Duration.ofSeconds(30);

  /** A valid source, key {@code s1}, for claims to cite. */
  static final String SOURCE =
      """
      {"key":"s1","kind":"ARTICLE","title":"T","outlet":null,"author":null,"published":{"start":"2025-06-18","end":null,"precision":"DAY"},
       "publishedNote":null,"url":null,"language":"en","retrieved":"2026-11-23","file":null}""";

  private Documents() {}

  static String document(String sources, String entries) {
    return "{\"format\":\"silkway-register\",\"version\":1,\"sources\":["
        + sources
        + "],\"entries\":["
        + entries
        + "]}";
  }

  /** A document with {@link #SOURCE} and these entries. */
  static String withEntries(String entries) {
    return document(SOURCE, entries);
  }

  /** A draft project {@code project/rail} with these claims. */
  static String rail(String claims) {
    return """
        {"key":"project/rail","type":"PROJECT","status":"DRAFT","names":{"en":"Rail"},"attributes":{},
         "claims":[%s]}"""
        .formatted(claims);
  }

  /** An ACTUAL claim citing {@code s1}. */
  static String claim(String key, String property, String value) {
    return """
        {"key":"%s","property":"%s","value":%s,"kind":"ACTUAL","citations":[{"source":"s1","excerpt":"x"}]}"""
        .formatted(key, property, value);
  }

  /** A source {@code s1} with one field replaced ({@code "title":"..."}). */
  static String sourceWith(String field, String json) {
    return SOURCE.replaceFirst(
        "\"" + field + "\":(null|\"[^\"]*\")",
        Matcher.quoteReplacement("\"" + field + "\":" + json));
  }

  /** A JSON string of {@code length} letters. */
  static String letters(int length) {
    return "\"" + "x".repeat(length) + "\"";
  }

  /** What an import of the document answers: its problems, as the import endpoint gets them. */
  static InvalidRegisterException refusal(String json) {
    return refusal(json.getBytes(StandardCharsets.UTF_8));
  }

  static InvalidRegisterException refusal(byte[] json) {
    return assertThrows(
        InvalidRegisterException.class,
        () -> RegisterAssembler.assemble(RegisterJsonReader.read(new ByteArrayInputStream(json))));
  }

  static List<ImportProblem> problemsOf(String json) {
    return refusal(json).problems();
  }

  /** Imports the document as far as the database, which it does not reach. */
  static RegisterAssembler.Assembly accepted(String json) {
    return RegisterAssembler.assemble(
        RegisterJsonReader.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))));
  }

  static void assertProblem(
      List<ImportProblem> problems, String where, String field, String messagePart) {
    assertTrue(
        problems.stream()
            .anyMatch(
                p ->
                    p.where().equals(where)
                        && (field == null ? p.field() == null : field.equals(p.field()))
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
}
