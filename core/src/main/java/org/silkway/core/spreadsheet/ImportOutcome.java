package org.silkway.core.spreadsheet;

import java.util.List;

/**
 * What an import did, or would do on a dry run: how many rows it read, the entries it created as
 * drafts and those it proposed changes to, how many claims that made, and the problems that kept
 * anything from being stored.
 *
 * @param unchanged rows that said nothing their entry does not say already
 * @param keys the entries created or changed, in the order of the rows
 */
public record ImportOutcome(
    int rows,
    int created,
    int changed,
    int unchanged,
    int claims,
    List<String> keys,
    RowProblems problems,
    boolean stored) {

  public ImportOutcome {
    keys = List.copyOf(keys);
  }

  public boolean isValid() {
    return problems.isEmpty();
  }

  /** The same, once its transaction is to commit. */
  ImportOutcome asStored() {
    return new ImportOutcome(rows, created, changed, unchanged, claims, keys, problems, true);
  }
}
