package org.silkway.web.admin.entry;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.silkway.core.i18n.LocalizedName;

/**
 * An entry's names and attributes as the form holds them, and what an editor changed in them: the
 * fields that differ from what they opened. Null stands for a field the editor did not change.
 */
record Description(String en, String ru, String zh, Map<String, String> attributes)
    implements Serializable {

  /** What this form says that {@code opened} did not: a description of the changed fields only. */
  Description changesSince(Description opened) {
    if (opened == null) {
      return this;
    }
    Map<String, String> changed = new LinkedHashMap<>();
    attributes.forEach(
        (name, value) -> {
          if (!Objects.equals(value, opened.attributes().get(name))) {
            changed.put(name, value);
          }
        });
    return new Description(
        differs(en, opened.en()), differs(ru, opened.ru()), differs(zh, opened.zh()), changed);
  }

  /** These changes laid over {@code current}: its fields, with the changed ones replaced. */
  Description appliedTo(Description current) {
    Map<String, String> merged = new LinkedHashMap<>(current.attributes());
    merged.putAll(attributes);
    return new Description(
        en != null ? en : current.en(),
        ru != null ? ru : current.ru(),
        zh != null ? zh : current.zh(),
        merged);
  }

  LocalizedName toName() {
    return new LocalizedName(en, ru, zh);
  }

  /** The typed value when it differs from the opened one (blank counts as empty), else null. */
  private static String differs(String typed, String opened) {
    return Objects.equals(blankToEmpty(typed), blankToEmpty(opened)) ? null : blankToEmpty(typed);
  }

  private static String blankToEmpty(String text) {
    return text == null ? "" : text.strip();
  }
}
