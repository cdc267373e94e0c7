package org.silkway.core.register;

import java.util.List;

/** A document that cannot be imported; it lists every problem found, and nothing was written. */
public class InvalidRegisterException extends RuntimeException {

  private final List<ImportProblem> problems;

  public InvalidRegisterException(List<ImportProblem> problems) {
    super(summary(problems));
    this.problems = List.copyOf(problems);
  }

  public List<ImportProblem> problems() {
    return problems;
  }

  private static String summary(List<ImportProblem> problems) {
    StringBuilder text =
        new StringBuilder(problems.size() + " problem(s) in the register document");
    problems.stream().limit(20).forEach(p -> text.append("\n- ").append(p));
    if (problems.size() > 20) {
      text.append("\n- ... and ").append(problems.size() - 20).append(" more");
    }
    return text.toString();
  }
}
