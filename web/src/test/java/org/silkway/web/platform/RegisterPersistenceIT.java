package org.silkway.web.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.hibernate.Session;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.silkway.core.audit.AuditTrail;
import org.silkway.core.audit.Change;
import org.silkway.core.audit.Editor;
import org.silkway.core.claim.ClaimKind;
import org.silkway.core.claim.ClaimValue;
import org.silkway.core.country.Country;
import org.silkway.core.country.CountryCode;
import org.silkway.core.country.CountryRole;
import org.silkway.core.entry.Entry;
import org.silkway.core.entry.EntryRepository;
import org.silkway.core.entry.EntryStatus;
import org.silkway.core.entry.EntryType;
import org.silkway.core.i18n.Language;
import org.silkway.core.i18n.LocalizedName;
import org.silkway.core.register.SeedLoader;
import org.silkway.core.source.SourceRepository;
import org.silkway.web.support.Deployments;
import org.silkway.web.support.InTransaction;
import org.silkway.web.support.SilkwayIT;
import org.silkway.web.support.TestDatabase;

/**
 * Inside Payara Micro, through Hibernate, Flyway and Envers, on H2 and again on PostgreSQL (tag
 * {@code persistence}).
 */
@SilkwayIT
@Tag("persistence")
class RegisterPersistenceIT {

  private static final String TEST_COUNTRY = "country/MN";

  @Deployment
  static WebArchive deployment() {
    return Deployments.silkwayWar();
  }

  @Inject EntryRepository entries;
  @Inject SourceRepository sources;
  @Inject SeedLoader seed;
  @Inject AuditTrail audit;

  @PersistenceContext(unitName = "silkway")
  EntityManager em;

  @Resource UserTransaction tx;

  @Resource(lookup = "java:app/jdbc/silkway")
  DataSource dataSource;

  @Test
  void the_application_runs_on_the_database_the_suite_chose_with_hibernate() throws Exception {
    String expected = System.getProperty(TestDatabase.EXPECTED_PRODUCT);
    assertNotNull(expected, "Payara Micro was started without the expected database product");
    try (Connection c = dataSource.getConnection()) {
      assertEquals(expected, c.getMetaData().getDatabaseProductName());
    }
    assertTrue(em.unwrap(Session.class) instanceof Session);
  }

  @Test
  void flyway_migrated_the_schema_to_the_latest_version() throws Exception {
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "select count(*) from \"flyway_schema_history\" where \"success\" = true and \"version\" = '2'")) {
      rs.next();
      assertEquals(1, rs.getInt(1));
    }
  }

  @Test
  void the_seed_dataset_was_loaded_at_first_start_and_loading_again_adds_nothing() {
    Map<EntryType, Integer> counts = new EnumMap<>(EntryType.class);
    for (EntryType type : EntryType.values()) {
      counts.put(type, entries.ofType(type).size());
    }
    assertEquals(12, counts.get(EntryType.COUNTRY));
    assertEquals(10, counts.get(EntryType.SECTOR));
    assertEquals(11, counts.get(EntryType.PROJECT));
    assertEquals(78, counts.values().stream().mapToInt(Integer::intValue).sum());
    assertEquals(5, sources.all().size());

    assertTrue(seed.loadIfEmpty().isEmpty(), "a second load imported the seed again");
    assertEquals(78, entries.count());
  }

  @Test
  void the_seeded_entries_are_published_and_every_claim_is_backed() throws Exception {
    tx.begin();
    try {
      for (Entry entry : entries.all()) {
        if (!entry.key().equals(TEST_COUNTRY)) {
          assertEquals(EntryStatus.PUBLISHED, entry.status(), entry.key());
          assertEquals(List.of(), entry.uncitedClaims(), entry.key());
        }
      }
    } finally {
      tx.rollback();
    }
  }

  @Test
  void a_new_entry_survives_a_round_trip_and_its_history_names_every_editor() throws Exception {
    Editor.actingAs(
        "alice",
        () ->
            inTransaction(
                () -> {
                  Country mn =
                      new Country(
                          new CountryCode("MN"),
                          CountryRole.EXTERNAL_ACTOR,
                          new LocalizedName("Mongolia", "Монголия", "蒙古国"));
                  mn.addClaim(
                          "mn-it-description",
                          "description",
                          ClaimValue.text("A neighbour of China"),
                          null,
                          null,
                          ClaimKind.ACTUAL,
                          null)
                      .cite(sources.byKey("seed-000").orElseThrow(), "China");
                  entries.add(mn);
                }));
    Editor.actingAs(
        "bob",
        () ->
            inTransaction(
                () ->
                    entries
                        .byKey(TEST_COUNTRY)
                        .orElseThrow()
                        .submitForReview("bob", java.time.Instant.now())));

    try {
      tx.begin();
      Entry read = entries.byKey(TEST_COUNTRY).orElseThrow();
      assertEquals("Монголия", read.name().in(Language.RU));
      assertEquals("蒙古国", read.name().in(Language.ZH));
      assertEquals(EntryStatus.IN_REVIEW, read.status());
      assertEquals("seed-000", read.workingClaims().get(0).citations().get(0).source().key());
      List<Change> history = audit.historyOf(read);
      tx.rollback();

      assertTrue(
          history.stream().anyMatch(c -> c.editor().equals("alice") && c.what().equals("added")),
          history::toString);
      assertTrue(
          history.stream()
              .anyMatch(c -> c.editor().equals("bob") && c.summary().contains("in_review")),
          history::toString);
    } finally {
      inTransaction(() -> em.remove(entries.byKey(TEST_COUNTRY).orElseThrow()));
    }
  }

  @Test
  void the_history_of_a_seeded_entry_says_the_seed_added_it() throws Exception {
    tx.begin();
    try {
      List<Change> history = audit.historyOf(entries.byKey("project/cku-railway").orElseThrow());
      assertTrue(
          history.stream()
              .anyMatch(c -> c.editor().equals(SeedLoader.EDITOR) && c.what().equals("added")),
          history::toString);
    } finally {
      tx.rollback();
    }
  }

  private Void inTransaction(Runnable work) {
    return InTransaction.run(tx, work);
  }
}
