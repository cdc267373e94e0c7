package org.silkway.core.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.silkway.core.browse.EntryList;
import org.silkway.core.browse.RegisterBrowser;
import org.silkway.core.claim.Bound;
import org.silkway.core.claim.ClaimKind;
import org.silkway.core.claim.Unit;
import org.silkway.core.claim.ValueKind;
import org.silkway.core.curation.CitationInput;
import org.silkway.core.curation.ClaimInput;
import org.silkway.core.curation.EntryEditing;
import org.silkway.core.curation.EntryPicker;
import org.silkway.core.curation.ReviewQueues;
import org.silkway.core.entry.Entry;
import org.silkway.core.entry.EntryRepository;
import org.silkway.core.entry.EntryStatus;
import org.silkway.core.entry.EntryType;
import org.silkway.core.history.RegisterExportWriter;
import org.silkway.core.history.RegisterHistory;
import org.silkway.core.i18n.LocalizedName;
import org.silkway.core.register.RegisterImporter;
import org.silkway.core.register.RegisterNotEmptyException;
import org.silkway.core.register.RegisterStore;
import org.silkway.core.register.SeedLoader;
import org.silkway.core.source.SourceEditing;
import org.silkway.core.source.SourceInput;
import org.silkway.core.source.SourceKind;
import org.silkway.core.source.SourceList;
import org.silkway.core.source.SourceRepository;
import org.silkway.core.spreadsheet.SheetLayout;
import org.silkway.core.spreadsheet.SpreadsheetImport;
import org.silkway.core.spreadsheet.SpreadsheetReader;
import org.silkway.core.spreadsheet.SpreadsheetWriter;
import org.silkway.core.support.Persistence;
import org.silkway.core.support.SeededRegister;
import org.silkway.core.support.TestDatabase;
import org.silkway.core.time.Precision;
import org.silkway.core.user.Role;
import org.silkway.core.user.SignInAttempts;
import org.silkway.core.user.UserAccounts;
import org.silkway.core.user.UserRepository;

/**
 * Every service method that changes anything, called by nobody, an editor, a reviewer and an
 * administrator, on H2 with the seed loaded: {@link #TABLE} is what each of them gets. An allowed
 * call is set up so that it succeeds; a refused one throws {@link NotAllowedException}. The pages
 * and {@code web.xml} restrict the same things again, but these services are what any page or
 * resource calls, so this is where the rule must hold.
 *
 * <p>A public method added to one of these services without a row here, or a new transactional
 * service in core that is neither here nor among the read-only ones, fails this test.
 */
class ServiceAccessTest {

  /** A source the seed's published claims cite, so that an edit of it waits for review. */
  private static final String CITED_SOURCE = "seed-000";

  /**
   * Who gets what. {@code refused}: {@link NotAllowedException}, nothing changed; {@code allowed}:
   * the call does its work; {@code no effect}: start-up's own path, which needs nobody signed in
   * and does nothing once there is a user (or a register), whoever calls it.
   */
  static final String TABLE =
      """
      method                                        anonymous  editor     reviewer   admin
      EntryEditing.create                           refused    allowed    allowed    allowed
      EntryEditing.describe                         refused    allowed    allowed    allowed
      EntryEditing.addClaim                         refused    allowed    allowed    allowed
      EntryEditing.addClaims                        refused    allowed    allowed    allowed
      EntryEditing.correctClaim                     refused    allowed    allowed    allowed
      EntryEditing.revertClaim                      refused    allowed    allowed    allowed
      EntryEditing.revertEntry                      refused    allowed    allowed    allowed
      EntryEditing.retractClaim                     refused    allowed    allowed    allowed
      EntryEditing.keepClaim                        refused    allowed    allowed    allowed
      EntryEditing.translate                        refused    allowed    allowed    allowed
      EntryEditing.submit                           refused    allowed    allowed    allowed
      EntryEditing.prefer                           refused    refused    allowed    allowed
      EntryEditing.clearPreference                  refused    refused    allowed    allowed
      EntryEditing.sendBack                         refused    refused    allowed    allowed
      EntryEditing.approve                          refused    refused    allowed    allowed
      EntryEditing.archive                          refused    refused    refused    allowed
      EntryEditing.restore                          refused    refused    refused    allowed
      SourceEditing.create                          refused    allowed    allowed    allowed
      SourceEditing.update                          refused    allowed    allowed    allowed
      SourceEditing.approveChange                   refused    refused    allowed    allowed
      SourceEditing.rejectChange                    refused    refused    allowed    allowed
      UserAccounts.changeOwnPassword                refused    allowed    allowed    allowed
      UserAccounts.create                           refused    refused    refused    allowed
      UserAccounts.changeRole                       refused    refused    refused    allowed
      UserAccounts.disable                          refused    refused    refused    allowed
      UserAccounts.enable                           refused    refused    refused    allowed
      UserAccounts.resetPassword                    refused    refused    refused    allowed
      UserAccounts.createFirstAdministrator         no effect  no effect  no effect  no effect
      UserAccounts.resetAdministratorFromConfiguration  no effect  no effect  no effect  no effect
      RegisterImporter.importIntoEmptyRegister      refused    refused    refused    allowed
      RegisterStore.storeIntoEmptyRegister          refused    refused    refused    allowed
      RegisterImporter.importSeedIntoEmptyRegister  no effect  no effect  no effect  no effect
      RegisterStore.storeSeedIntoEmptyRegister      no effect  no effect  no effect  no effect
      SeedLoader.loadIfEmpty                        no effect  no effect  no effect  no effect
      SignInAttempts.add                            allowed    allowed    allowed    allowed
      SpreadsheetImport.importRows                  refused    allowed    allowed    allowed
      SignInAttempts.change                         allowed    allowed    allowed    allowed
      SignInAttempts.forget                         allowed    allowed    allowed    allowed
      """;

  /** The public methods of the services above that change nothing. */
  static final Map<Class<?>, Set<String>> READS =
      Map.of(
          EntryEditing.class, Set.of("inputOf", "states"),
          SourceEditing.class, Set.of("byKey", "waitingForReview"),
          UserAccounts.class, Set.of("verify", "find", "count"),
          RegisterImporter.class, Set.of("isEmpty"),
          RegisterStore.class, Set.of("isEmpty"),
          SeedLoader.class, Set.of(),
          SignInAttempts.class, Set.of("find"),
          SpreadsheetImport.class, Set.of());

  /** Transactional services of core that only read, so they need no row. */
  static final Set<Class<?>> READ_ONLY_SERVICES =
      Set.of(
          RegisterHistory.class,
          RegisterExportWriter.class,
          RegisterBrowser.class,
          org.silkway.core.revision.EntryRevisions.class,
          EntryList.class,
          org.silkway.core.search.RegisterSearch.class,
          org.silkway.core.spreadsheet.SpreadsheetExports.class,
          SourceList.class,
          EntryPicker.class,
          ReviewQueues.class,
          org.silkway.core.translation.TranslationQueue.class);

  enum Who {
    ANONYMOUS,
    EDITOR,
    REVIEWER,
    ADMIN;

    /** The caller, each role under a name of its own, none of whom prepared the data. */
    Callers callers() {
      return switch (this) {
        case ANONYMOUS -> TestCallers.anonymous();
        case EDITOR -> TestCallers.editor("the-editor");
        case REVIEWER -> TestCallers.reviewer("the-reviewer");
        case ADMIN -> TestCallers.admin("the-admin");
      };
    }

    String auditName() {
      return this == ANONYMOUS ? "nobody" : callers().current().name();
    }
  }

  enum Cell {
    REFUSED,
    ALLOWED,
    NO_EFFECT;

    static Cell of(String word) {
      return valueOf(word.toUpperCase(java.util.Locale.ROOT).replace(' ', '_'));
    }
  }

  /** One call of a service method, prepared by {@code given} and made by {@code as}. */
  @FunctionalInterface
  interface Act {
    void run(Given given, As as);
  }

  private static final String PASSWORD = "initial password";
  private static final String NEW_PASSWORD = "a password of their own";
  private static final AtomicInteger FRESH = new AtomicInteger();

  /** How each method is called; each cell starts from data of its own. */
  static final Map<String, Act> ACTS = new LinkedHashMap<>();

  static {
    ACTS.put(
        "EntryEditing.create",
        (given, as) ->
            as.call(s -> s.entries().create(EntryType.PROJECT, given.freshName(), Map.of())));
    ACTS.put(
        "EntryEditing.describe",
        (given, as) -> {
          String key = given.draft().key();
          as.run(s -> s.entries().describe(key, given.version(key), given.freshName(), Map.of()));
        });
    ACTS.put(
        "EntryEditing.addClaim",
        (given, as) -> {
          String key = given.draft().key();
          as.call(s -> s.entries().addClaim(key, given.version(key), cost("10")));
        });
    ACTS.put(
        "EntryEditing.addClaims",
        (given, as) -> {
          String key = given.draft().key();
          as.call(
              s -> s.entries().addClaims(key, given.version(key), List.of(cost("8"), cost("9"))));
        });
    ACTS.put(
        "EntryEditing.correctClaim",
        (given, as) -> {
          Draft draft = given.draft();
          as.call(
              s ->
                  s.entries()
                      .correctClaim(
                          draft.key(), given.version(draft.key()), draft.claim(), cost("11")));
        });
    ACTS.put(
        "EntryEditing.revertClaim",
        (given, as) -> {
          Draft draft = given.draft();
          long revision = given.latestRevision();
          as.call(
              s ->
                  s.entries()
                      .revertClaim(
                          draft.key(), given.version(draft.key()), draft.claim(), revision));
        });
    ACTS.put(
        "EntryEditing.revertEntry",
        (given, as) -> {
          Draft draft = given.draft();
          long revision = given.latestRevision();
          String addedSince =
              given.asEditor(
                  s -> s.entries().addClaim(draft.key(), given.version(draft.key()), cost("7")));
          assertNotNull(addedSince);
          as.run(s -> s.entries().revertEntry(draft.key(), given.version(draft.key()), revision));
        });
    ACTS.put(
        "EntryEditing.retractClaim",
        (given, as) -> {
          Draft draft = given.draft();
          as.run(
              s ->
                  s.entries().retractClaim(draft.key(), given.version(draft.key()), draft.claim()));
        });
    ACTS.put(
        "EntryEditing.translate",
        (given, as) -> {
          String key = given.draft().key();
          String text =
              given.asEditor(
                  s ->
                      s.entries()
                          .addClaim(
                              key,
                              given.version(key),
                              org.silkway.core.support.ClaimForms.text(
                                  "description",
                                  "A dry port",
                                  List.of(CitationInput.of("seed-001", "a dry port")))));
          as.run(
              s ->
                  s.entries()
                      .translate(
                          key,
                          given.version(key),
                          text,
                          org.silkway.core.i18n.Language.RU,
                          "Сухой порт"));
        });
    ACTS.put(
        "EntryEditing.keepClaim",
        (given, as) -> {
          Draft published = given.published();
          given.asEditor(
              s ->
                  run(
                      () ->
                          s.entries()
                              .retractClaim(
                                  published.key(),
                                  given.version(published.key()),
                                  published.claim())));
          as.run(
              s ->
                  s.entries()
                      .keepClaim(
                          published.key(), given.version(published.key()), published.claim()));
        });
    ACTS.put(
        "EntryEditing.submit",
        (given, as) -> {
          String key = given.draft().key();
          as.run(s -> s.entries().submit(key, given.version(key)));
        });
    ACTS.put(
        "EntryEditing.prefer",
        (given, as) -> {
          Draft published = given.published();
          as.run(
              s ->
                  s.entries()
                      .prefer(published.key(), given.version(published.key()), published.claim()));
        });
    ACTS.put(
        "EntryEditing.clearPreference",
        (given, as) -> {
          Draft published = given.published();
          given.asReviewer(
              s ->
                  run(
                      () ->
                          s.entries()
                              .prefer(
                                  published.key(),
                                  given.version(published.key()),
                                  published.claim())));
          as.run(
              s ->
                  s.entries()
                      .clearPreference(
                          published.key(), given.version(published.key()), published.claim()));
        });
    ACTS.put(
        "EntryEditing.sendBack",
        (given, as) -> {
          String key = given.submitted().key();
          as.run(s -> s.entries().sendBack(key, given.version(key), "Cite the agreement itself"));
        });
    ACTS.put(
        "EntryEditing.approve",
        (given, as) -> {
          String key = given.submitted().key();
          as.run(s -> s.entries().approve(key, given.version(key)));
        });
    ACTS.put(
        "EntryEditing.archive",
        (given, as) -> {
          String key = given.draft().key();
          as.run(s -> s.entries().archive(key, given.version(key)));
        });
    ACTS.put(
        "EntryEditing.restore",
        (given, as) -> {
          String key = given.draft().key();
          given.asAdmin(s -> run(() -> s.entries().archive(key, given.version(key))));
          as.run(s -> s.entries().restore(key, given.version(key)));
        });
    ACTS.put(
        "SourceEditing.create",
        (given, as) -> as.call(s -> s.sources().create(source("A source " + FRESH.get()))));
    ACTS.put(
        "SourceEditing.update",
        (given, as) -> {
          String key = given.asEditor(s -> s.sources().create(source("A source to correct")));
          long version = given.sourceVersion(key);
          as.run(s -> s.sources().update(key, version, source("A corrected source")));
        });
    ACTS.put(
        "SourceEditing.approveChange",
        (given, as) -> {
          long version = given.proposedChangeOfACitedSource();
          as.run(s -> s.sources().approveChange(CITED_SOURCE, version));
        });
    ACTS.put(
        "SourceEditing.rejectChange",
        (given, as) -> {
          long version = given.proposedChangeOfACitedSource();
          as.run(s -> s.sources().rejectChange(CITED_SOURCE, version));
        });
    // Wrong passwords are counted before anyone is signed in: every caller may count them.
    ACTS.put(
        "SignInAttempts.add",
        (given, as) ->
            as.call(
                s ->
                    s.signInAttempts()
                        .add("address " + FRESH.incrementAndGet(), Instant.now(), Instant.EPOCH)));
    ACTS.put(
        "SignInAttempts.change",
        (given, as) -> {
          String key = "address " + FRESH.incrementAndGet();
          as.call(
              s -> {
                s.signInAttempts().add(key, Instant.now(), Instant.EPOCH);
                return s.signInAttempts().change(key, Instant.now(), Instant.EPOCH, c -> c);
              });
        });
    ACTS.put(
        "SignInAttempts.forget",
        (given, as) ->
            as.run(s -> s.signInAttempts().forget("address " + FRESH.incrementAndGet())));
    ACTS.put(
        "UserAccounts.changeOwnPassword",
        (given, as) -> {
          given.account(as.who());
          as.run(s -> s.users().changeOwnPassword(PASSWORD, NEW_PASSWORD));
        });
    ACTS.put(
        "UserAccounts.create",
        (given, as) ->
            as.call(
                s ->
                    s.users().create("created-" + FRESH.incrementAndGet(), Role.EDITOR, PASSWORD)));
    ACTS.put(
        "UserAccounts.changeRole",
        (given, as) -> {
          String user = given.user();
          as.run(s -> s.users().changeRole(user, Role.REVIEWER));
        });
    ACTS.put(
        "UserAccounts.disable",
        (given, as) -> {
          String user = given.user();
          as.run(s -> s.users().disable(user));
        });
    ACTS.put(
        "UserAccounts.enable",
        (given, as) -> {
          String user = given.user();
          given.asAdmin(s -> run(() -> s.users().disable(user)));
          as.run(s -> s.users().enable(user));
        });
    ACTS.put(
        "UserAccounts.resetPassword",
        (given, as) -> {
          String user = given.user();
          as.run(s -> s.users().resetPassword(user, NEW_PASSWORD));
        });
    ACTS.put(
        "UserAccounts.createFirstAdministrator",
        (given, as) -> {
          boolean created = as.call(s -> s.users().createFirstAdministrator(NEW_PASSWORD));
          assertFalse(created);
        });
    ACTS.put(
        "UserAccounts.resetAdministratorFromConfiguration",
        (given, as) -> {
          boolean reset = as.call(s -> s.users().resetAdministratorFromConfiguration());
          assertFalse(reset, "nothing to reset without silkway.admin.reset-password");
        });
    ACTS.put(
        "SpreadsheetImport.importRows",
        (given, as) -> {
          var layout = SheetLayout.of(EntryType.PROJECT);
          var row =
              Map.of(
                  "name_en",
                  given.freshName().in(org.silkway.core.i18n.Language.EN),
                  "description",
                  "A port on the corridor",
                  "source",
                  CITED_SOURCE,
                  "excerpt",
                  "a port");
          var xlsx = new java.io.ByteArrayOutputStream();
          SpreadsheetWriter.xlsx(
              List.of(new SpreadsheetWriter.SheetData(layout, List.of(row))), xlsx);
          var read = SpreadsheetReader.xlsx(new java.io.ByteArrayInputStream(xlsx.toByteArray()));
          as.call(s -> s.spreadsheets().importRows(read, false, done -> {}));
        });
    ACTS.put(
        "RegisterImporter.importIntoEmptyRegister",
        (given, as) ->
            as.onEmptyRegister(s -> s.importer().importIntoEmptyRegister(SeedLoader.seed())));
    ACTS.put(
        "RegisterStore.storeIntoEmptyRegister",
        (given, as) ->
            as.onEmptyRegister(s -> s.store().storeIntoEmptyRegister(SeedLoader.seed())));
    ACTS.put(
        "RegisterImporter.importSeedIntoEmptyRegister",
        (given, as) ->
            assertThrows(
                RegisterNotEmptyException.class,
                () -> as.call(s -> s.importer().importSeedIntoEmptyRegister())));
    ACTS.put(
        "RegisterStore.storeSeedIntoEmptyRegister",
        (given, as) ->
            assertThrows(
                RegisterNotEmptyException.class,
                () -> as.call(s -> s.store().storeSeedIntoEmptyRegister())));
    ACTS.put(
        "SeedLoader.loadIfEmpty",
        (given, as) -> assertTrue(as.call(s -> s.seedLoader().loadIfEmpty()).isEmpty()));
  }

  private static Persistence db;

  /** An empty register that refused imports must leave empty. */
  private static Persistence empty;

  @BeforeAll
  static void seededRegisterAndFirstAdministrator() {
    db = Persistence.on(TestDatabase.H2);
    SeededRegister.importInto(db);
    // What start-up does, with nobody signed in.
    assertTrue(
        db.<Boolean>inTransaction(
            em ->
                new Services(em, TestCallers.anonymous())
                    .users()
                    .createFirstAdministrator(PASSWORD)));
    empty = Persistence.on(TestDatabase.H2);
  }

  @AfterAll
  static void close() {
    db.close();
    empty.close();
  }

  record Cellwise(String method, Who who, Cell expected) {
    @Override
    public String toString() {
      return method + " as " + who.name().toLowerCase(java.util.Locale.ROOT) + ": " + expected;
    }
  }

  /** The table, cell by cell. */
  static List<Cellwise> table() {
    List<Cellwise> cells = new ArrayList<>();
    List<String> lines = TABLE.lines().filter(l -> !l.isBlank()).toList();
    for (String line : lines.subList(1, lines.size())) {
      String[] words = line.strip().split("\\s+");
      String method = words[0];
      List<String> cellWords = new ArrayList<>();
      for (int i = 1; i < words.length; i++) {
        if (words[i].equals("no")) {
          cellWords.add("no " + words[++i]);
        } else {
          cellWords.add(words[i]);
        }
      }
      assertEquals(Who.values().length, cellWords.size(), line);
      for (Who who : Who.values()) {
        cells.add(new Cellwise(method, who, Cell.of(cellWords.get(who.ordinal()))));
      }
    }
    return cells;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("table")
  void each_caller_gets_what_the_table_says(Cellwise cell) {
    Act act = ACTS.get(cell.method());
    assertTrue(act != null, "no way to call " + cell.method());
    Given given = new Given();
    As as = new As(cell.who(), cell.expected());
    switch (cell.expected()) {
      case REFUSED -> {
        NotAllowedException refused =
            assertThrows(NotAllowedException.class, () -> act.run(given, as), cell.toString());
        String says = refused.getMessage();
        assertTrue(
            cell.who() == Who.ANONYMOUS ? says.startsWith("Sign in to ") : says.startsWith("Only "),
            says);
      }
      case ALLOWED, NO_EFFECT -> {
        try {
          act.run(given, as);
        } catch (NotAllowedException e) {
          fail(cell + " was refused: " + e.getMessage());
        }
      }
    }
  }

  @Test
  void every_public_method_of_a_changing_service_has_a_row_and_every_row_a_method() {
    Set<String> rows =
        table().stream().map(Cellwise::method).collect(Collectors.toCollection(TreeSet::new));
    Set<String> methods = new TreeSet<>();
    Set<String> unlisted = new TreeSet<>();
    for (Map.Entry<Class<?>, Set<String>> service : READS.entrySet()) {
      for (Method method : service.getKey().getDeclaredMethods()) {
        int modifiers = method.getModifiers();
        if (!Modifier.isPublic(modifiers) || Modifier.isStatic(modifiers) || method.isSynthetic()) {
          continue;
        }
        String name = service.getKey().getSimpleName() + "." + method.getName();
        methods.add(name);
        if (!rows.contains(name) && !service.getValue().contains(method.getName())) {
          unlisted.add(name);
        }
      }
    }
    assertTrue(unlisted.isEmpty(), "public methods with no row in the access table: " + unlisted);
    Set<String> stale = new TreeSet<>(rows);
    stale.removeAll(methods);
    assertTrue(stale.isEmpty(), "rows for no public method: " + stale);
    assertEquals(rows, ACTS.keySet().stream().collect(Collectors.toCollection(TreeSet::new)));
  }

  @Test
  void every_transactional_service_of_core_is_in_the_table_or_only_reads()
      throws IOException, URISyntaxException {
    Path classes =
        Path.of(EntryEditing.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    List<String> unknown;
    try (Stream<Path> files = Files.walk(classes)) {
      unknown =
          files
              .filter(f -> f.toString().endsWith(".class"))
              .map(f -> classes.relativize(f).toString())
              .map(f -> f.substring(0, f.length() - ".class".length()).replace('/', '.'))
              .map(ServiceAccessTest::load)
              .filter(ServiceAccessTest::isTransactional)
              .filter(c -> !READS.containsKey(c) && !READ_ONLY_SERVICES.contains(c))
              .map(Class::getName)
              .sorted()
              .toList();
    }
    assertTrue(
        unknown.isEmpty(),
        "transactional services in neither the access table nor the read-only list: " + unknown);
  }

  private static Class<?> load(String name) {
    try {
      return Class.forName(name, false, ServiceAccessTest.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
  }

  private static boolean isTransactional(Class<?> type) {
    return type.isAnnotationPresent(Transactional.class)
        || Arrays.stream(type.getDeclaredMethods())
            .anyMatch(m -> m.isAnnotationPresent(Transactional.class));
  }

  /** The services as one caller, on one transaction's entity manager. */
  record Services(EntityManager em, Callers callers) {
    EntryEditing entries() {
      return new EntryEditing(em, callers, true);
    }

    SourceEditing sources() {
      return new SourceEditing(em, callers, true);
    }

    UserAccounts users() {
      return new UserAccounts(new UserRepository(em), callers, Clock.systemUTC());
    }

    RegisterStore store() {
      return new RegisterStore(em, callers);
    }

    RegisterImporter importer() {
      return new RegisterImporter(store(), callers);
    }

    SeedLoader seedLoader() {
      return new SeedLoader(importer());
    }

    SignInAttempts signInAttempts() {
      return new SignInAttempts(em);
    }

    SpreadsheetImport spreadsheets() {
      return new SpreadsheetImport(em, callers, true);
    }
  }

  /** The caller of a cell, making the call in a transaction of its own. */
  record As(Who who, Cell expected) {
    <T> T call(Function<Services, T> work) {
      return on(db, work);
    }

    void run(java.util.function.Consumer<Services> work) {
      call(
          s -> {
            work.accept(s);
            return null;
          });
    }

    /**
     * On an empty register: a fresh one for a call that is to succeed, else the one that must stay
     * empty.
     */
    void onEmptyRegister(Function<Services, ?> work) {
      if (expected == Cell.ALLOWED) {
        try (Persistence fresh = Persistence.on(TestDatabase.H2)) {
          on(fresh, work);
          assertTrue(fresh.<Long>inTransaction(em -> new EntryRepository(em).count()) > 0);
        }
      } else {
        try {
          on(empty, work);
        } finally {
          assertEquals(0L, (long) empty.<Long>inTransaction(em -> new EntryRepository(em).count()));
        }
      }
    }

    private <T> T on(Persistence database, Function<Services, T> work) {
      return database.inTransaction(
          who.auditName(), em -> work.apply(new Services(em, who.callers())));
    }
  }

  /** A draft project and its one cited claim. */
  record Draft(String key, String claim) {}

  /** Data a cell starts from, made by an editor, a reviewer and an administrator of its own. */
  static final class Given {
    private static final Callers EDITOR = TestCallers.editor("setup-editor");
    private static final Callers REVIEWER = TestCallers.reviewer("setup-reviewer");
    private static final Callers ADMIN = TestCallers.admin("setup-admin");

    LocalizedName freshName() {
      return new LocalizedName("Access probe " + FRESH.incrementAndGet(), null, null);
    }

    Draft draft() {
      String key = asEditor(s -> s.entries().create(EntryType.PROJECT, freshName(), Map.of()));
      String claim = asEditor(s -> s.entries().addClaim(key, version(key), cost("9")));
      return new Draft(key, claim);
    }

    Draft submitted() {
      Draft draft = draft();
      asEditor(s -> run(() -> s.entries().submit(draft.key(), version(draft.key()))));
      return draft;
    }

    Draft published() {
      Draft draft = submitted();
      asReviewer(s -> run(() -> s.entries().approve(draft.key(), version(draft.key()))));
      assertEquals(EntryStatus.PUBLISHED, read(draft.key(), Entry::status));
      return draft;
    }

    long version(String key) {
      return read(key, Entry::version);
    }

    /** The newest audit revision: the one the last setup step wrote. */
    long latestRevision() {
      return db.inTransaction(
          em -> em.createQuery("select max(r.id) from Revision r", Long.class).getSingleResult());
    }

    long sourceVersion(String key) {
      return db.inTransaction(em -> new SourceRepository(em).byKey(key).orElseThrow().version());
    }

    /** An editor's change to a source briefs cite, waiting for review: the version to decide on. */
    long proposedChangeOfACitedSource() {
      asEditor(
          s ->
              s.sources()
                  .update(
                      CITED_SOURCE,
                      sourceVersion(CITED_SOURCE),
                      source("A retitled source " + FRESH.incrementAndGet())));
      return sourceVersion(CITED_SOURCE);
    }

    /** A new enabled editor. */
    String user() {
      String name = "user-" + FRESH.incrementAndGet();
      asAdmin(s -> s.users().create(name, Role.EDITOR, PASSWORD));
      return name;
    }

    /** The caller's own account, with {@link #PASSWORD}; none for an anonymous caller. */
    void account(Who who) {
      if (who == Who.ANONYMOUS) {
        return;
      }
      String name = who.callers().current().name();
      asAdmin(
          s ->
              s.users().find(name).isPresent()
                  ? run(() -> s.users().resetPassword(name, PASSWORD))
                  : s.users().create(name, who.callers().current().role().orElseThrow(), PASSWORD));
    }

    <T> T asEditor(Function<Services, T> work) {
      return as(EDITOR, work);
    }

    <T> T asReviewer(Function<Services, T> work) {
      return as(REVIEWER, work);
    }

    <T> T asAdmin(Function<Services, T> work) {
      return as(ADMIN, work);
    }

    private static <T> T as(Callers callers, Function<Services, T> work) {
      return db.inTransaction(
          callers.current().name(), em -> work.apply(new Services(em, callers)));
    }

    private static <T> T read(String key, Function<Entry, T> reading) {
      return db.inTransaction(
          em -> reading.apply(new EntryRepository(em).byKey(key).orElseThrow()));
    }
  }

  private static Object run(Runnable work) {
    work.run();
    return null;
  }

  /** An estimated cost, cited to a source of the seed. */
  private static ClaimInput cost(String billions) {
    return new ClaimInput(
        "cost",
        ValueKind.AMOUNT,
        null,
        null,
        billions,
        Unit.USD_BILLION,
        Bound.ABOUT,
        null,
        null,
        null,
        null,
        Precision.YEAR,
        "2026",
        null,
        null,
        ClaimKind.ESTIMATE,
        null,
        List.of(CitationInput.of("seed-001", "about $" + billions + " billion")));
  }

  private static SourceInput source(String title) {
    return new SourceInput(
        title,
        SourceKind.ARTICLE,
        "An outlet",
        null,
        Precision.DAY,
        null,
        null,
        null,
        "https://example.org/" + FRESH.incrementAndGet(),
        "en",
        null);
  }
}
