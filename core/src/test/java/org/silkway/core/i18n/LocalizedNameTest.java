package org.silkway.core.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LocalizedNameTest {

  @Test
  void each_language_gets_its_own_name() {
    LocalizedName name = new LocalizedName("Kazakhstan", "Казахстан", "哈萨克斯坦");
    assertEquals("Kazakhstan", name.in(Language.EN));
    assertEquals("Казахстан", name.in(Language.RU));
    assertEquals("哈萨克斯坦", name.in(Language.ZH));
  }

  @Test
  void a_missing_translation_falls_back_to_english_and_says_so() {
    LocalizedName name = new LocalizedName("Allur Group", " ", null);
    assertEquals("Allur Group", name.in(Language.RU));
    assertEquals("Allur Group", name.in(Language.ZH));
    assertFalse(name.has(Language.RU));
    assertTrue(name.has(Language.EN));
  }

  @Test
  void an_english_name_is_required() {
    assertThrows(IllegalArgumentException.class, () -> new LocalizedName(" ", "Китай", "中国"));
  }
}
