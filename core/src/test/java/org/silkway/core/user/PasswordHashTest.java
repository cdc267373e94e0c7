package org.silkway.core.user;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PasswordHashTest {

  @Test
  void a_password_matches_its_own_hash_and_nothing_else() {
    String hash = PasswordHash.of("correct horse battery staple");

    assertTrue(PasswordHash.matches("correct horse battery staple", hash));
    assertFalse(PasswordHash.matches("correct horse battery stapler", hash));
    assertFalse(PasswordHash.matches("", hash));
    assertFalse(PasswordHash.matches(null, hash));
  }

  @Test
  void the_hash_names_pbkdf2_sha256_and_600000_iterations_and_holds_no_password() {
    String hash = PasswordHash.of("correct horse battery staple");

    String[] parts = hash.split("\\$");
    assertEquals("pbkdf2-sha256", parts[0]);
    assertEquals(600_000, Integer.parseInt(parts[1]), hash);
    assertFalse(hash.contains("horse"));
    assertFalse(PasswordHash.isOutdated(hash));
  }

  @Test
  void a_hash_made_with_fewer_iterations_still_matches_and_is_outdated() {
    String old = PasswordHash.of("correct horse battery staple", 210_000);

    assertTrue(old.startsWith("pbkdf2-sha256$210000$"), old);
    assertTrue(PasswordHash.matches("correct horse battery staple", old));
    assertTrue(PasswordHash.isOutdated(old));
    assertFalse(PasswordHash.isOutdated("md5$1$abc$def"));
  }

  @Test
  void the_same_password_hashes_differently_each_time_because_the_salt_is_random() {
    assertNotEquals(PasswordHash.of("same password here"), PasswordHash.of("same password here"));
  }

  @Test
  void a_malformed_or_foreign_hash_matches_nothing() {
    for (String stored :
        new String[] {
          null,
          "",
          "plain",
          "md5$1$abc$def",
          "pbkdf2-sha256$x$abc$def",
          "pbkdf2-sha256$1$!!$!!",
          "pbkdf2-sha256$999999999$abc$def"
        }) {
      assertFalse(PasswordHash.matches("anything at all", stored), String.valueOf(stored));
    }
  }
}
