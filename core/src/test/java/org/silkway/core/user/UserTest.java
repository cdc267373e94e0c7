package org.silkway.core.user;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.silkway.core.text.InvalidFieldException;

class UserTest {

  private static final String PASSWORD = "twelve chars!";

  private static User user() {
    return new User("aigerim", Role.EDITOR, PASSWORD, Instant.EPOCH);
  }

  @Test
  void a_new_user_is_enabled_and_must_change_the_initial_password() {
    User user = user();

    assertTrue(user.isEnabled());
    assertTrue(user.mustChangePassword());
    assertTrue(user.canSignInWith(PASSWORD));
    assertFalse(user.canSignInWith("twelve chars?"));
  }

  @Test
  void a_user_name_is_kept_trimmed_and_lowercased() {
    assertEquals(
        "aigerim-n", new User("  Aigerim-N ", Role.EDITOR, PASSWORD, Instant.EPOCH).username());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "a", "1abc", "-abc", "ai gerim", "aigerim@x", "айгерим", "a/b"})
  void a_user_name_that_is_not_a_slug_is_refused_naming_the_field(String name) {
    InvalidFieldException e =
        assertThrows(
            InvalidFieldException.class,
            () -> new User(name, Role.EDITOR, PASSWORD, Instant.EPOCH));
    assertEquals("username", e.field());
  }

  @Test
  void a_user_name_longer_than_forty_characters_is_refused() {
    assertThrows(
        InvalidFieldException.class,
        () -> new User("a".repeat(41), Role.EDITOR, PASSWORD, Instant.EPOCH));
  }

  @Test
  void a_password_shorter_than_twelve_characters_is_refused_and_the_message_says_twelve() {
    InvalidFieldException e =
        assertThrows(
            InvalidFieldException.class,
            () -> new User("aigerim", Role.EDITOR, "eleven char", Instant.EPOCH));
    assertEquals("password", e.field());
    assertTrue(e.getMessage().contains("12"), e.getMessage());
  }

  @Test
  void a_user_needs_a_role() {
    InvalidFieldException e =
        assertThrows(
            InvalidFieldException.class, () -> new User("aigerim", null, PASSWORD, Instant.EPOCH));
    assertEquals("role", e.field());
  }

  @Test
  void changing_the_own_password_needs_the_current_one() {
    User user = user();

    InvalidFieldException e =
        assertThrows(
            InvalidFieldException.class,
            () -> user.changePassword("not my password", "a brand new password"));
    assertEquals("current", e.field());
    assertTrue(user.canSignInWith(PASSWORD));
  }

  @Test
  void a_changed_password_replaces_the_old_one_and_clears_the_must_change_flag() {
    User user = user();

    user.changePassword(PASSWORD, "a brand new password");

    assertFalse(user.mustChangePassword());
    assertTrue(user.canSignInWith("a brand new password"));
    assertFalse(user.canSignInWith(PASSWORD));
  }

  @Test
  void the_new_password_must_differ_from_the_current_one_and_be_long_enough() {
    User user = user();

    assertEquals(
        "password",
        assertThrows(InvalidFieldException.class, () -> user.changePassword(PASSWORD, PASSWORD))
            .field());
    assertEquals(
        "password",
        assertThrows(InvalidFieldException.class, () -> user.changePassword(PASSWORD, "short"))
            .field());
  }

  @Test
  void a_reset_password_must_be_changed_at_next_sign_in() {
    User user = user();
    user.changePassword(PASSWORD, "a brand new password");

    user.resetPassword("set by the admin");

    assertTrue(user.mustChangePassword());
    assertTrue(user.canSignInWith("set by the admin"));
  }

  @Test
  void each_change_or_reset_of_the_password_counts_in_the_serial() {
    User user = user();
    assertEquals(0, user.passwordSerial());

    user.changePassword(PASSWORD, "a brand new password");
    user.resetPassword("set by the admin");

    assertEquals(2, user.passwordSerial());
  }

  @Test
  void a_weak_password_is_refused_for_a_new_user_a_change_and_a_reset() {
    User user = user();

    assertThrows(
        InvalidFieldException.class,
        () -> new User("aigerim", Role.EDITOR, "aaaaaaaaaaaa", Instant.EPOCH));
    assertThrows(
        InvalidFieldException.class, () -> user.changePassword(PASSWORD, "\u200B".repeat(12)));
    assertThrows(InvalidFieldException.class, () -> user.resetPassword("password123456"));
    assertTrue(user.canSignInWith(PASSWORD));
    assertEquals(0, user.passwordSerial());
  }

  @Test
  void a_disabled_user_cannot_sign_in_even_with_the_right_password() {
    User user = user();

    user.disable();

    assertFalse(user.canSignInWith(PASSWORD));
  }

  @Test
  void roles_are_cumulative() {
    assertEquals(Set.of("editor"), Role.EDITOR.groups());
    assertEquals(Set.of("editor", "reviewer"), Role.REVIEWER.groups());
    assertEquals(Set.of("editor", "reviewer", "admin"), Role.ADMIN.groups());
  }
}
