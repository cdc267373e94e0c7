package org.silkway.core.spreadsheet;

/**
 * Ends an import without storing anything: it had problems, or it was a dry run. Thrown, so that
 * the transaction that checked every row by doing it is rolled back, in a container and outside.
 */
public class NothingStoredException extends RuntimeException {

  private final transient ImportOutcome outcome;

  NothingStoredException(ImportOutcome outcome) {
    super(
        outcome.isValid()
            ? "Dry run: nothing stored"
            : outcome.problems().total() + " problem(s): nothing stored",
        null,
        false,
        false);
    this.outcome = outcome;
  }

  /** What the import found: its problems, or what it would have done. */
  public ImportOutcome outcome() {
    return outcome;
  }
}
