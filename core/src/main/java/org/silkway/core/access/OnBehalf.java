package org.silkway.core.access;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * Work that a signed-in caller started and that goes on after their request has ended, on a thread
 * of the server's own (a long import): it runs as that caller, with their name and role as the
 * container authenticated them when they started it. {@link ContainerCallers} asks here first, so
 * the services check roles and stamp the history exactly as they do within the request.
 */
public final class OnBehalf {

  private static final ThreadLocal<Caller> CALLER = new ThreadLocal<>();

  private OnBehalf() {}

  /** Runs {@code work} on this thread as {@code caller}, who must be signed in. */
  public static <T> T of(Caller caller, Supplier<T> work) {
    if (!caller.isSignedIn()) {
      throw new IllegalArgumentException("Work on behalf of nobody: run it in their request");
    }
    Caller before = CALLER.get();
    CALLER.set(caller);
    try {
      return work.get();
    } finally {
      if (before == null) {
        CALLER.remove();
      } else {
        CALLER.set(before);
      }
    }
  }

  static Optional<Caller> current() {
    return Optional.ofNullable(CALLER.get());
  }
}
