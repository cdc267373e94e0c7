package org.silkway.core.register;

import java.util.ArrayList;
import java.util.List;
import org.silkway.core.text.Text;

/**
 * The problems found in a document, in the order found: the first {@link #KEPT} of them, and how
 * many there are in all. A document of junk has as many problems as it has bytes; keeping them all
 * would make a short request into a long answer, and the first ones say enough.
 */
final class ImportProblems {

  static final int KEPT = 100;

  private final List<ImportProblem> first = new ArrayList<>();
  private long total;

  void add(String where, String field, String message) {
    total++;
    if (first.size() < KEPT) {
      first.add(new ImportProblem(where, field, message));
    }
  }

  void addAll(ImportProblems others) {
    for (ImportProblem p : others.first) {
      add(p.where(), p.field(), p.message());
    }
    total += others.total - others.first.size();
  }

  /** Counts problems that were found but are not kept. */
  void countMore(long count) {
    total += count;
  }

  boolean isEmpty() {
    return total == 0;
  }

  long total() {
    return total;
  }

  InvalidRegisterException asException() {
    return new InvalidRegisterException(first, total);
  }

  /** How problems name a source: by its key, or by its place when it has none. */
  static String source(String key, int index) {
    return "source " + label(key, index);
  }

  /** How problems name an entry (and the claims in it): by its key, or by its place. */
  static String entry(String key, int index) {
    return "entry " + label(key, index);
  }

  private static String label(String key, int index) {
    return key != null ? Text.quote(key) : "#" + (index + 1);
  }
}
