package org.silkway.web.admin.claim;

import org.silkway.core.curation.EntryPicker;

/**
 * What the pickers put in their text box: "Kazakhstan [country/KZ]", a label a person reads and the
 * key the form sends on. Text typed without choosing is taken as a key, and the service says when
 * it names nothing.
 */
public final class Picks {

  private Picks() {}

  public static String textOf(EntryPicker.Picked picked) {
    return picked.label() + " [" + picked.key() + "]";
  }

  public static String keyOf(String text) {
    if (text == null) {
      return null;
    }
    String typed = text.strip();
    int open = typed.lastIndexOf('[');
    return open >= 0 && typed.endsWith("]") ? typed.substring(open + 1, typed.length() - 1) : typed;
  }
}
