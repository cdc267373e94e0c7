package org.silkway.core.register;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.silkway.core.text.Text;

/** Parses enum names from the register format, saying which names are allowed when one is not. */
final class Enums {

  private Enums() {}

  static <E extends Enum<E>> E parse(Class<E> type, String name, String what) {
    if (name == null) {
      throw new IllegalArgumentException(what + " is required");
    }
    try {
      return Enum.valueOf(type, name);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          what
              + " is one of "
              + Arrays.stream(type.getEnumConstants())
                  .map(Enum::name)
                  .collect(Collectors.joining(", "))
              + ", not "
              + Text.quote(name));
    }
  }
}
