package org.silkway.reports.brief;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.silkway.core.access.Callers;
import org.silkway.core.access.TestCallers;
import org.silkway.core.claim.Claim;
import org.silkway.core.curation.EntryEditing;
import org.silkway.core.entry.EntryRepository;
import org.silkway.core.history.PublishedRegister;
import org.silkway.core.history.RegisterHistory;
import org.silkway.core.i18n.Language;
import org.silkway.core.project.Project;
import org.silkway.core.register.RegisterStore;
import org.silkway.core.register.SyntheticRegister;
import org.silkway.core.support.Persistence;
import org.silkway.core.support.TestDatabase;
import org.silkway.reports.brief.ChangesAssembler.Change;
import org.silkway.reports.brief.model.BriefSubject;
import org.silkway.reports.changes.ChangeFeed;
import org.silkway.reports.changes.ChangeSet;

/**
 * A brief of a subject with more than a hundred projects lists only some of them, but what changed
 * in any of its projects is still reported: a claim retracted from a Kazakhstan project the brief
 * does not list is in Kazakhstan's changes.
 */
class LargeScopeChangesTest {

  private static final BriefSubject KAZAKHSTAN = BriefSubject.country("KZ");
  private static final Callers AIGUL = TestCallers.editor("aigul");
  private static final Callers BAKYT = TestCallers.reviewer("bakyt");

  @Test
  void a_change_to_a_project_the_brief_does_not_list_is_in_the_subjects_changes() {
    try (Persistence db = Persistence.on(TestDatabase.H2)) {
      db.inTransaction(
          "admin",
          em ->
              new RegisterStore(em, TestCallers.admin("admin"))
                  .storeIntoEmptyRegister(SyntheticRegister.of(600, 120)));
      Set<String> listed =
          db.inTransaction(
              em ->
                  new RegisterHistory(em)
                      .read(
                          Optional.empty(),
                          register ->
                              Set.copyOf(
                                  BriefScope.of(register, KAZAKHSTAN)
                                      .orElseThrow()
                                      .projects()
                                      .stream()
                                      .map(Project::key)
                                      .toList())));
      Claim retracted = unlistedProjectsDescription(db, listed);
      String project = retracted.entry().key();

      doing(db, AIGUL, e -> e.retractClaim(project, version(db, project), retracted.key()));
      doing(db, AIGUL, e -> e.submit(project, version(db, project)));
      doing(db, BAKYT, e -> e.approve(project, version(db, project)));

      LocalDate today = LocalDate.now(ZoneOffset.UTC);
      List<ChangeSet> sets =
          db.inTransaction(
              em ->
                  new ChangeFeed(new RegisterHistory(em))
                      .between(
                          today.atStartOfDay(ZoneOffset.UTC).toInstant(),
                          today.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant(),
                          Optional.of(KAZAKHSTAN),
                          Language.EN));
      assertEquals(2, sets.size(), "the import and the retraction, each with Kazakhstan's changes");
      List<Change> changes = sets.get(1).bySubject().get(KAZAKHSTAN);
      assertEquals(1, changes.size(), changes.toString());
      assertEquals(project, changes.get(0).entry());
      assertEquals("retracted", changes.get(0).kind());
    }
  }

  /** A description of a Kazakhstan project the brief does not list. */
  private static Claim unlistedProjectsDescription(Persistence db, Set<String> listed) {
    return db.inTransaction(
        em -> {
          var kazakhstan = new EntryRepository(em).byKey("country/KZ").orElseThrow();
          List<Project> unlisted =
              new EntryRepository(em)
                  .published().stream()
                      .filter(Project.class::isInstance)
                      .map(Project.class::cast)
                      .filter(p -> PublishedRegister.isPlacedIn(p, kazakhstan, BriefScope.PLACING))
                      .filter(p -> !listed.contains(p.key()))
                      .toList();
          assertFalse(unlisted.isEmpty(), "every Kazakhstan project is listed");
          return unlisted.stream()
              .flatMap(p -> p.claimsAbout("description").stream())
              .findFirst()
              .orElseThrow(() -> new AssertionError("no unlisted project has a description"));
        });
  }

  private static void doing(Persistence db, Callers who, Consumer<EntryEditing> work) {
    db.inTransaction(
        who.current().name(),
        em -> {
          work.accept(new EntryEditing(em, who, true));
          return null;
        });
  }

  private static long version(Persistence db, String key) {
    return db.inTransaction(em -> new EntryRepository(em).byKey(key).orElseThrow().version());
  }
}
