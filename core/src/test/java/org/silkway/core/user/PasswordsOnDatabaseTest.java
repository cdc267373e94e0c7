package org.silkway.core.user;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.silkway.core.access.Callers;
import org.silkway.core.access.TestCallers;
import org.silkway.core.support.Persistence;
import org.silkway.core.support.TestDatabase;
import org.silkway.core.text.InvalidFieldException;

/**
 * Passwords against the Flyway schema on H2 and PostgreSQL: a hash made before the iterations rose
 * still signs in and is replaced, every change counts in the password serial, the policy holds on
 * every way a password is set, and a user name with a control character never reaches a query.
 */
class PasswordsOnDatabaseTest {

  private static final String PASSWORD = "initial password";
  private static final Callers ADMIN = TestCallers.admin("admin");

  private static UserAccounts accounts(EntityManager em, Callers callers) {
    return new UserAccounts(new UserRepository(em), callers, Clock.systemUTC());
  }

  private static String storedHash(Persistence db, String name) {
    return db.inTransaction(
        em ->
            (String)
                em.createNativeQuery("select password_hash from app_user where username = ?1")
                    .setParameter(1, name)
                    .getSingleResult());
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void a_hash_with_fewer_iterations_signs_in_and_is_replaced_by_one_with_today_s(
      TestDatabase database) {
    try (Persistence db = Persistence.on(database)) {
      db.inTransaction(em -> accounts(em, ADMIN).create("dana", Role.EDITOR, PASSWORD));
      String old = PasswordHash.of(PASSWORD, 210_000);
      db.inTransaction(
          em ->
              em.createNativeQuery("update app_user set password_hash = ?1 where username = ?2")
                  .setParameter(1, old)
                  .setParameter(2, "dana")
                  .executeUpdate());

      assertTrue(db.inTransaction(em -> accounts(em, ADMIN).verify("dana", PASSWORD)).isPresent());

      String now = storedHash(db, "dana");
      assertTrue(now.startsWith("pbkdf2-sha256$600000$"), now);
      assertTrue(PasswordHash.matches(PASSWORD, now));
      long serial =
          db.inTransaction(em -> accounts(em, ADMIN).find("dana").orElseThrow().passwordSerial());
      assertEquals(0L, serial, "a re-hash is the same password: the serial stays");
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void each_reset_and_change_counts_in_the_serial(TestDatabase database) {
    try (Persistence db = Persistence.on(database)) {
      db.inTransaction(em -> accounts(em, ADMIN).create("dana", Role.EDITOR, PASSWORD));
      db.inTransaction(
          em -> {
            accounts(em, ADMIN).resetPassword("dana", "set by the administrator");
            return null;
          });
      db.inTransaction(
          em -> {
            accounts(em, TestCallers.editor("dana"))
                .changeOwnPassword("set by the administrator", "dana's own long password");
            return null;
          });

      User dana = db.inTransaction(em -> accounts(em, ADMIN).find("dana").orElseThrow());
      assertEquals(2L, dana.passwordSerial());
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void a_weak_password_is_refused_however_it_is_set(TestDatabase database) {
    try (Persistence db = Persistence.on(database)) {
      assertThrows(
          InvalidFieldException.class,
          () ->
              db.inTransaction(em -> accounts(em, ADMIN).createFirstAdministrator("admin-admin")));
      assertThrows(
          InvalidFieldException.class,
          () ->
              db.inTransaction(
                  em -> accounts(em, ADMIN).createFirstAdministrator("\u0000".repeat(12))));
      db.inTransaction(em -> accounts(em, ADMIN).create("dana", Role.EDITOR, PASSWORD));
      db.inTransaction(em -> accounts(em, ADMIN).create("dana-nurlanova", Role.EDITOR, PASSWORD));
      InvalidFieldException created =
          assertThrows(
              InvalidFieldException.class,
              () ->
                  db.inTransaction(
                      em -> accounts(em, ADMIN).create("erlan", Role.EDITOR, "aaaaaaaaaaaa")));
      assertEquals("A password cannot be one character repeated", created.getMessage());
      InvalidFieldException reset =
          assertThrows(
              InvalidFieldException.class,
              () ->
                  db.inTransaction(
                      em -> {
                        accounts(em, ADMIN).resetPassword("dana", "\u200B".repeat(12));
                        return null;
                      }));
      assertTrue(reset.getMessage().startsWith("A password needs at least 12"), reset.getMessage());
      InvalidFieldException own =
          assertThrows(
              InvalidFieldException.class,
              () ->
                  db.inTransaction(
                      em -> {
                        accounts(em, TestCallers.editor("dana-nurlanova"))
                            .changeOwnPassword(PASSWORD, "Dana-Nurlanova");
                        return null;
                      }));
      assertEquals("A password cannot be the user name", own.getMessage());
      assertTrue(PasswordHash.matches(PASSWORD, storedHash(db, "dana-nurlanova")));
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void a_user_name_with_a_control_character_finds_nobody_without_a_query_error(
      TestDatabase database) {
    try (Persistence db = Persistence.on(database)) {
      db.inTransaction(em -> accounts(em, ADMIN).create("dana", Role.EDITOR, PASSWORD));

      for (String name : new String[] {"dana\u0000", "\u0000", "da\nna", "dana\u007F"}) {
        assertTrue(db.inTransaction(em -> accounts(em, ADMIN).verify(name, PASSWORD)).isEmpty());
        assertTrue(db.inTransaction(em -> accounts(em, ADMIN).find(name)).isEmpty());
      }
    }
  }
}
