package org.silkway.web.admin.history;

import org.silkway.core.i18n.Language;

/**
 * The language a history or diff page words values and dates in: {@code ?lang=ru}, else English.
 * The desk's own words are English; what the register holds is shown as readers of the chosen
 * language read it.
 */
final class ReaderLanguage {

  private ReaderLanguage() {}

  static Language of(String tag) {
    return tag == null ? Language.EN : Language.fromTag(tag).orElse(Language.EN);
  }
}
