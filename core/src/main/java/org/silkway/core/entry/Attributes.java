package org.silkway.core.entry;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** Writes and reads an entry's attributes as {@code name=value} lines, for a waiting proposal. */
final class Attributes {

  private Attributes() {}

  static String write(Map<String, String> attributes) {
    return attributes.entrySet().stream()
        .map(a -> a.getKey() + "=" + a.getValue())
        .collect(Collectors.joining("\n"));
  }

  static Map<String, String> read(String lines) {
    Map<String, String> attributes = new LinkedHashMap<>();
    for (String line : lines.split("\n")) {
      int equals = line.indexOf('=');
      if (equals > 0) {
        attributes.put(line.substring(0, equals), line.substring(equals + 1));
      }
    }
    return attributes;
  }
}
