package org.silkway.core.audit;

import java.util.function.Supplier;

/**
 * The editor on whose behalf the current thread changes the register, for the audit history. Work
 * done outside {@link #actingAs} (start-up, tools) is recorded as {@value #SYSTEM}.
 */
public final class Editor {

  public static final String SYSTEM = "system";

  private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

  private Editor() {}

  public static String current() {
    String editor = CURRENT.get();
    return editor != null ? editor : SYSTEM;
  }

  /** Runs {@code work} with {@code editor} stamped on every revision it makes. */
  public static <T> T actingAs(String editor, Supplier<T> work) {
    if (editor == null || editor.isBlank()) {
      throw new IllegalArgumentException("An editor needs a name");
    }
    String previous = CURRENT.get();
    CURRENT.set(editor);
    try {
      return work.get();
    } finally {
      if (previous == null) {
        CURRENT.remove();
      } else {
        CURRENT.set(previous);
      }
    }
  }

  /** Work that may throw a checked exception, such as a servlet filter chain. */
  @FunctionalInterface
  public interface Work<E extends Exception> {
    void run() throws E;
  }

  /**
   * Runs {@code work} with {@code editor} stamped on every revision it makes; for work that returns
   * nothing and may throw a checked exception (a request passing through a servlet filter).
   */
  public static <E extends Exception> void runAs(String editor, Work<E> work) throws E {
    if (editor == null || editor.isBlank()) {
      throw new IllegalArgumentException("An editor needs a name");
    }
    String previous = CURRENT.get();
    CURRENT.set(editor);
    try {
      work.run();
    } finally {
      if (previous == null) {
        CURRENT.remove();
      } else {
        CURRENT.set(previous);
      }
    }
  }
}
