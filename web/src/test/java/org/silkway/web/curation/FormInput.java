package org.silkway.web.curation;

import java.util.Map;

/**
 * One wrong input to one of the editors' forms: the page, the form, the fields changed from what
 * the page rendered, and the button pressed.
 */
record FormInput(String what, String page, String form, Map<String, String> fields, String button) {

  @Override
  public String toString() {
    return what;
  }
}
