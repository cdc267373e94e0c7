package org.silkway.core.spreadsheet;

import java.util.ArrayList;
import java.util.List;

/**
 * The problems found in a spreadsheet, in the order found: the first {@link #KEPT} of them and how
 * many there are in all, so that a file of junk gives a short answer that still says enough.
 */
public final class RowProblems {

  static final int KEPT = 200;

  private final List<RowProblem> first = new ArrayList<>();
  private long total;

  void add(String sheet, int row, String column, String message) {
    total++;
    if (first.size() < KEPT) {
      first.add(new RowProblem(sheet, row, column, message));
    }
  }

  void addAll(RowProblems others) {
    first.addAll(others.first.subList(0, Math.min(others.first.size(), KEPT - first.size())));
    total += others.total;
  }

  public boolean isEmpty() {
    return total == 0;
  }

  public long total() {
    return total;
  }

  public List<RowProblem> first() {
    return List.copyOf(first);
  }
}
