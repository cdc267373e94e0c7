package org.silkway.core.user;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.silkway.core.access.Callers;
import org.silkway.core.access.TestCallers;
import org.silkway.core.support.Persistence;
import org.silkway.core.support.TestDatabase;
import org.silkway.core.text.InvalidFieldException;

/** Users on H2, mapped against the Flyway schema: sign-in, the rules across users, the list. */
class UserAccountsOnDatabaseTest {

  private static final String PASSWORD = "initial password";

  private Persistence db;

  @BeforeEach
  void freshDatabase() {
    db = Persistence.on(TestDatabase.H2);
  }

  @AfterEach
  void close() {
    db.close();
  }

  private static final Callers ADMIN = TestCallers.admin("admin");

  /** The accounts service as the administrator {@code admin}. */
  private static UserAccounts accounts(EntityManager em) {
    return accounts(em, ADMIN);
  }

  private static UserAccounts accounts(EntityManager em, Callers callers) {
    return new UserAccounts(new UserRepository(em), callers, Clock.systemUTC());
  }

  @Test
  void the_first_administrator_is_created_only_into_an_empty_user_table() {
    assertTrue(db.<Boolean>inTransaction(em -> accounts(em).createFirstAdministrator(PASSWORD)));
    assertFalse(
        db.<Boolean>inTransaction(em -> accounts(em).createFirstAdministrator("another password")));

    Optional<User> admin = db.inTransaction(em -> accounts(em).verify("admin", PASSWORD));
    assertTrue(admin.isPresent());
    assertEquals(Role.ADMIN, admin.get().role());
    assertTrue(admin.get().mustChangePassword());
  }

  @Test
  void a_lost_first_password_is_replaced_at_start_up_from_the_operators_setting_only() {
    db.inTransaction(em -> accounts(em).createFirstAdministrator(PASSWORD));
    db.inTransaction(em -> run(() -> accounts(em).create("second", Role.ADMIN, PASSWORD)));
    // admin has lost the password, been disabled and demoted by the other administrator.
    db.inTransaction(
        em ->
            run(() -> accounts(em, TestCallers.admin("second")).changeRole("admin", Role.EDITOR)));
    db.inTransaction(em -> run(() -> accounts(em, TestCallers.admin("second")).disable("admin")));

    assertFalse(
        db.<Boolean>inTransaction(em -> accounts(em).resetAdministratorFromConfiguration()));
    assertTrue(
        db.<Boolean>inTransaction(
            em -> withReset(em, "a recovered password").resetAdministratorFromConfiguration()));

    User admin = db.inTransaction(em -> accounts(em).verify("admin", "a recovered password")).get();
    assertEquals(Role.ADMIN, admin.role());
    assertTrue(admin.isEnabled());
    assertTrue(admin.mustChangePassword());
    assertTrue(db.inTransaction(em -> accounts(em).verify("admin", PASSWORD)).isEmpty());
  }

  @Test
  void a_reset_password_that_breaks_the_policy_changes_nothing() {
    db.inTransaction(em -> accounts(em).createFirstAdministrator(PASSWORD));

    InvalidFieldException e =
        assertThrows(
            InvalidFieldException.class,
            () ->
                db.inTransaction(
                    em -> withReset(em, "password123456").resetAdministratorFromConfiguration()));

    assertEquals("password", e.field());
    assertTrue(db.inTransaction(em -> accounts(em).verify("admin", PASSWORD)).isPresent());
  }

  private static UserAccounts withReset(EntityManager em, String password) {
    return new UserAccounts(
        new UserRepository(em), TestCallers.anonymous(), Clock.systemUTC(), Optional.of(password));
  }

  @Test
  void verify_accepts_the_name_in_any_case_and_refuses_a_wrong_password_or_unknown_user() {
    db.inTransaction(em -> accounts(em).create("dana", Role.EDITOR, PASSWORD));

    assertTrue(db.inTransaction(em -> accounts(em).verify(" Dana ", PASSWORD)).isPresent());
    assertTrue(db.inTransaction(em -> accounts(em).verify("dana", "wrong password")).isEmpty());
    assertTrue(db.inTransaction(em -> accounts(em).verify("nobody", PASSWORD)).isEmpty());
  }

  @Test
  void a_user_name_is_taken_once() {
    db.inTransaction(em -> accounts(em).create("dana", Role.EDITOR, PASSWORD));

    InvalidFieldException e =
        assertThrows(
            InvalidFieldException.class,
            () -> db.inTransaction(em -> accounts(em).create("DANA", Role.ADMIN, PASSWORD)));
    assertEquals("username", e.field());
  }

  @Test
  void the_last_enabled_administrator_can_be_neither_disabled_nor_demoted() {
    db.inTransaction(em -> accounts(em).createFirstAdministrator(PASSWORD));

    assertThrows(
        InvalidFieldException.class,
        () -> db.inTransaction(em -> run(() -> accounts(em).disable("admin"))));
    assertThrows(
        InvalidFieldException.class,
        () -> db.inTransaction(em -> run(() -> accounts(em).changeRole("admin", Role.EDITOR))));

    db.inTransaction(em -> accounts(em).create("second", Role.ADMIN, PASSWORD));
    db.inTransaction(em -> run(() -> accounts(em, TestCallers.admin("second")).disable("admin")));
    assertTrue(db.inTransaction(em -> accounts(em).verify("admin", PASSWORD)).isEmpty());
  }

  @Test
  void the_list_filters_sorts_and_pages_on_the_database() {
    db.inTransaction(em -> accounts(em).createFirstAdministrator(PASSWORD));
    for (String name : List.of("editor-a", "editor-b", "editor-c", "reviewer-a")) {
      Role role = name.startsWith("editor") ? Role.EDITOR : Role.REVIEWER;
      db.inTransaction(em -> accounts(em).create(name, role, PASSWORD));
    }
    db.inTransaction(em -> run(() -> accounts(em).disable("editor-b")));

    UserQuery editors =
        new UserQuery(
            "EDITOR",
            Optional.of(Role.EDITOR),
            Optional.of(true),
            UserQuery.Sort.USERNAME,
            false,
            0,
            10);
    assertEquals(
        List.of("editor-c", "editor-a"),
        db.inTransaction(em -> accounts(em).find(editors).stream().map(User::username).toList()));
    assertEquals(2L, (long) db.<Long>inTransaction(em -> accounts(em).count(editors)));

    UserQuery secondPage = UserQuery.all(2, 2);
    assertEquals(
        List.of("editor-b", "editor-c"),
        db.inTransaction(
            em -> accounts(em).find(secondPage).stream().map(User::username).toList()));
    assertEquals(
        0L,
        (long)
            db.<Long>inTransaction(
                em ->
                    accounts(em)
                        .count(
                            new UserQuery(
                                "%", Optional.empty(), Optional.empty(), null, true, 0, 10))));
  }

  private static Object run(Runnable work) {
    work.run();
    return null;
  }
}
