package org.silkway.core.register;

import java.util.List;

/**
 * A document that cannot be imported; nothing was written. It carries the first problems found (at
 * most {@value ImportProblems#KEPT}) and how many there are in all.
 */
public class InvalidRegisterException extends RuntimeException {

  private static final int IN_MESSAGE = 20;

  private final List<ImportProblem> problems;
  private final long total;

  public InvalidRegisterException(List<ImportProblem> problems) {
    this(problems, problems.size());
  }

  /**
   * @param first the first problems found
   * @param total how many problems there are, counting those not in {@code first}
   */
  public InvalidRegisterException(List<ImportProblem> first, long total) {
    super(summary(first, total));
    this.problems = List.copyOf(first);
    this.total = Math.max(total, first.size());
  }

  /** The first problems found, in document order. */
  public List<ImportProblem> problems() {
    return problems;
  }

  /** How many problems the document has in all. */
  public long total() {
    return total;
  }

  /** Whether {@link #problems()} is only the start of the list. */
  public boolean isCut() {
    return total > problems.size();
  }

  private static String summary(List<ImportProblem> first, long total) {
    StringBuilder text = new StringBuilder(total + " problem(s) in the register document");
    first.stream().limit(IN_MESSAGE).forEach(p -> text.append("\n- ").append(p));
    if (total > IN_MESSAGE) {
      text.append("\n- ... and ")
          .append(total - Math.min(IN_MESSAGE, first.size()))
          .append(" more");
    }
    return text.toString();
  }
}
