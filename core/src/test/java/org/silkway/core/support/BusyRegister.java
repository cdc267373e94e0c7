package org.silkway.core.support;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.silkway.core.access.Callers;
import org.silkway.core.access.TestCallers;
import org.silkway.core.curation.CitationInput;
import org.silkway.core.curation.EntryEditing;
import org.silkway.core.entry.EntryRepository;
import org.silkway.core.entry.EntryType;
import org.silkway.core.i18n.LocalizedName;
import org.silkway.core.user.Role;
import org.silkway.core.user.UserAccounts;
import org.silkway.core.user.UserRepository;

/**
 * A register as a desk leaves it after a few days' work, for tests that must carry everything a
 * database holds (backups): the seed, a change published through review (so the history and the
 * publications hold more than the import), a pending change to a published entry, a draft entry and
 * two users.
 */
public final class BusyRegister {

  public static final String RAILWAY = "project/cku-railway";
  public static final String DRAFT_NAME = "Ymyrtau dry port expansion";
  public static final String EDITOR = "aigul";
  public static final String REVIEWER = "bolat";

  private BusyRegister() {}

  public static void fill(Persistence db) {
    SeededRegister.importInto(db);
    Callers editor = TestCallers.editor(EDITOR);
    Callers reviewer = TestCallers.reviewer(REVIEWER);
    // A change that reaches readers: added, submitted, approved by someone else.
    db.inTransaction(
        EDITOR,
        em -> {
          EntryEditing desk = new EntryEditing(em, editor, true);
          desk.addClaim(
              RAILWAY,
              version(em, RAILWAY),
              ClaimForms.text(
                  "description",
                  "Tracks reach the Torugart pass from Kashgar",
                  List.of(CitationInput.of("seed-002", "Kashgar"))));
          desk.submit(RAILWAY, version(em, RAILWAY));
          return null;
        });
    db.inTransaction(
        REVIEWER,
        em -> {
          new EntryEditing(em, reviewer, true).approve(RAILWAY, version(em, RAILWAY));
          return null;
        });
    // A change to the published entry that waits for review, and an entry still in draft.
    db.inTransaction(
        EDITOR,
        em -> {
          EntryEditing desk = new EntryEditing(em, editor, true);
          desk.addClaim(
              RAILWAY,
              version(em, RAILWAY),
              ClaimForms.text(
                  "description",
                  "A second gantry crane at the Ymyrtau terminal",
                  List.of(CitationInput.of("seed-002", "a second gantry crane"))));
          desk.create(
              EntryType.PROJECT,
              new LocalizedName(DRAFT_NAME, "Расширение сухого порта Ымыртау", "伊梅尔套陆港扩建"),
              Map.of());
          return null;
        });
    db.inTransaction(
        em -> {
          UserAccounts accounts =
              new UserAccounts(
                  new UserRepository(em), TestCallers.admin("admin"), Clock.systemUTC());
          accounts.createFirstAdministrator("the first administrator's password");
          accounts.create(EDITOR, Role.EDITOR, "an editor's first password");
          return null;
        });
  }

  private static long version(jakarta.persistence.EntityManager em, String key) {
    return new EntryRepository(em).byKey(key).orElseThrow().version();
  }
}
