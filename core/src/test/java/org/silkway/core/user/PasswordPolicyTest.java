package org.silkway.core.user;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.silkway.core.text.InvalidFieldException;

class PasswordPolicyTest {

  private static String refusal(String password) {
    InvalidFieldException e =
        assertThrows(
            InvalidFieldException.class,
            () -> PasswordPolicy.check("password", password, "aigerim-n"));
    assertEquals("password", e.field());
    return e.getMessage();
  }

  @Test
  void twelve_nuls_twelve_zero_width_spaces_or_spaces_are_too_short() {
    for (String invisible : new String[] {"\u0000", "\u200B", " ", "\u00A0", "\t", "\uFEFF"}) {
      String message = refusal(invisible.repeat(12));
      assertEquals(
          "A password needs at least 12 characters; spaces and invisible characters do not count",
          message,
          "U+" + Integer.toHexString(invisible.charAt(0)));
    }
  }

  @Test
  void only_visible_characters_count_towards_twelve() {
    assertEquals(10, PasswordPolicy.visibleLength("elev\u200Ben chr\u0000s"));
    refusal("elev\u200Ben chr\u0000s");
    PasswordPolicy.check("password", "plain tea 42 mugs", "aigerim-n");
  }

  @Test
  void a_character_outside_the_basic_plane_counts_once() {
    assertEquals(12, PasswordPolicy.visibleLength("\uD83D\uDE00".repeat(6) + "абвгде"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"aaaaaaaaaaaa", "AAAAaaaaAAAA", "1111 1111 1111", "............."})
  void one_character_repeated_is_refused(String password) {
    assertEquals("A password cannot be one character repeated", refusal(password));
  }

  @Test
  void the_user_name_in_any_case_is_refused() {
    InvalidFieldException e =
        assertThrows(
            InvalidFieldException.class,
            () -> PasswordPolicy.check("password", "Aigerim-Nurlanova", "aigerim-nurlanova"));
    assertEquals("A password cannot be the user name", e.getMessage());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "123456789012",
        "qwertyuiopasdf",
        "password123456",
        "Password1234!",
        "iloveyou2024!!",
        "winniethepooh",
        "correct horse battery staple",
        "1qaz2wsx3edc"
      })
  void a_common_password_is_refused(String password) {
    assertEquals(
        "This password is on a list of common passwords: choose another", refusal(password));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {"'' | Enter a password", "x | A password needs at least 12 characters"})
  void an_empty_or_short_password_says_what_is_missing(String password, String start) {
    String message = refusal(password);
    assertEquals(true, message.startsWith(start), message);
  }

  @Test
  void more_than_two_hundred_characters_are_refused() {
    assertEquals("A password has at most 200 characters", refusal("ab".repeat(101)));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "the password of test-editor",
        "initial password",
        "steppe caravans of 1912",
        "Алматы-Хоргос 2026"
      })
  void ordinary_long_passwords_pass(String password) {
    assertEquals(password, PasswordPolicy.check("password", password, "aigerim-n"));
  }
}
