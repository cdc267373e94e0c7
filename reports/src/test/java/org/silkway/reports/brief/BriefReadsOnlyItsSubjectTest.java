package org.silkway.reports.brief;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.silkway.core.access.TestCallers;
import org.silkway.core.claim.Claim;
import org.silkway.core.entry.EntryRepository;
import org.silkway.core.history.PublishedRegister;
import org.silkway.core.history.RegisterHistory;
import org.silkway.core.history.RegisterRevision;
import org.silkway.core.i18n.Language;
import org.silkway.core.project.Project;
import org.silkway.core.register.RegisterStore;
import org.silkway.core.register.SyntheticRegister;
import org.silkway.core.support.Persistence;
import org.silkway.core.support.TestDatabase;
import org.silkway.reports.brief.model.Block;
import org.silkway.reports.brief.model.Brief;
import org.silkway.reports.brief.model.BriefSubject;
import org.silkway.reports.brief.model.Section;
import org.silkway.reports.template.BriefRenderer;
import org.silkway.reports.template.CompiledTemplates;

/**
 * A brief reads what concerns its subject and nothing else, counted with Hibernate's statistics on
 * a register of 600 made-up projects over the six framework countries: the Kazakhstan brief counts
 * the projects that name Kazakhstan and loads only the hundred it lists, in a bounded number of
 * statements (not one per claim), and the brief index loads no claim at all. What a brief says is
 * the same as when it is assembled from the whole register in memory.
 */
class BriefReadsOnlyItsSubjectTest {

  private static final BriefSubject KAZAKHSTAN = BriefSubject.country("KZ");

  private static Persistence db;

  @BeforeAll
  static void importALargerRegister() {
    db = Persistence.on(TestDatabase.H2);
    db.inTransaction(
        "admin",
        em ->
            new RegisterStore(em, TestCallers.admin("admin"))
                .storeIntoEmptyRegister(SyntheticRegister.of(600, 120)));
  }

  @AfterAll
  static void close() {
    db.close();
  }

  @Test
  void a_country_brief_loads_only_the_projects_that_name_the_country_in_a_few_statements() {
    long projectsNamingKazakhstan =
        count(
            "select count(distinct c.entry_id) from claim c join entry p on p.id = c.entry_id"
                + " join entry k on k.id = c.val_entry_id"
                + " where p.entry_type = 'PROJECT' and k.entry_key = 'country/KZ'");
    long projects = count("select count(*) from entry where entry_type = 'PROJECT'");
    long claims = count("select count(*) from claim");

    Statistics read = counted(em -> current(em, KAZAKHSTAN));

    long projectsLoaded = read.getEntityStatistics(Project.class.getName()).getLoadCount();
    long claimsLoaded = read.getEntityStatistics(Claim.class.getName()).getLoadCount();
    System.out.printf(
        "Kazakhstan brief: %d of %d projects and %d of %d claims loaded in %d statements%n",
        projectsLoaded, projects, claimsLoaded, claims, read.getPrepareStatementCount());
    assertTrue(projects > 3 * projectsNamingKazakhstan, "the register is not large enough");
    assertTrue(projectsLoaded > 0, "no project loaded");
    // The projects the brief lists (it counts the others from their stage and sector claims),
    // and a few seed projects named by the claims of entries in scope (a document on a project).
    long listed = Math.min(projectsNamingKazakhstan, BriefScope.LISTED_PROJECTS);
    assertTrue(
        projectsLoaded <= listed + 5,
        projectsLoaded + " projects loaded, " + projectsNamingKazakhstan + " name Kazakhstan");
    assertTrue(claimsLoaded < claims / 3, claimsLoaded + " of " + claims + " claims loaded");
    assertTrue(
        read.getPrepareStatementCount() <= 40,
        read.getPrepareStatementCount() + " statements for " + projectsLoaded + " projects");
  }

  @Test
  void a_country_named_by_more_projects_than_a_brief_lists_counts_them_all_and_lists_the_latest() {
    List<Project> inKazakhstan =
        db.inTransaction(
            em ->
                new EntryRepository(em)
                    .published().stream()
                        .filter(Project.class::isInstance)
                        .map(Project.class::cast)
                        .filter(p -> placedInKazakhstan(em, p))
                        .toList());
    assertTrue(inKazakhstan.size() > BriefScope.LISTED_PROJECTS, inKazakhstan.size() + " projects");
    List<String> latest =
        inKazakhstan.stream()
            .sorted(
                Comparator.comparing(
                        (Project p) ->
                            p.lifecycle().reached().map(m -> m.when().earliest()).orElse(null),
                        Comparator.nullsFirst(Comparator.<java.time.LocalDate>naturalOrder()))
                    .reversed()
                    .thenComparing(Project::key))
            .limit(BriefScope.LISTED_PROJECTS)
            .map(p -> p.name().in(Language.EN))
            .sorted()
            .toList();

    Brief brief = db.inTransaction(em -> current(em, KAZAKHSTAN));
    Section projects =
        brief.sections().stream()
            .filter(s -> s.anchor().equals("projects"))
            .findFirst()
            .orElseThrow();
    Block.Paragraph says = (Block.Paragraph) projects.blocks().get(0);
    Block.Table table = (Block.Table) projects.blocks().get(1);
    Block.Chart byStage =
        projects.blocks().stream()
            .filter(Block.Chart.class::isInstance)
            .map(Block.Chart.class::cast)
            .findFirst()
            .orElseThrow();

    assertEquals(
        "Projects in this brief’s scope: "
            + inKazakhstan.size()
            + ". Listed below are the 100 that reached their latest stage most recently; the"
            + " figures and charts count them all. Every project is on the sheet “project” of"
            + " the register’s workbook (/api/export/register.xlsx).",
        says.text());
    assertEquals(latest, table.rows().stream().map(r -> r.cells().get(0)).toList());
    assertEquals(
        inKazakhstan.size(), byStage.bars().stream().mapToDouble(Block.Bar::value).sum(), 0);
    assertTrue(
        brief.glance().stream()
            .anyMatch(
                f ->
                    f.label().startsWith("Projects (")
                        && f.value().equals(String.valueOf(inKazakhstan.size()))),
        brief.glance().toString());
  }

  @Test
  void the_framework_brief_counts_every_project_and_loads_only_those_it_lists() {
    long projects = count("select count(*) from entry where entry_type = 'PROJECT'");

    Statistics read = counted(em -> current(em, BriefSubject.framework()));

    long projectsLoaded = read.getEntityStatistics(Project.class.getName()).getLoadCount();
    System.out.printf(
        "Framework brief: %d of %d projects loaded in %d statements%n",
        projectsLoaded, projects, read.getPrepareStatementCount());
    assertTrue(projects > 5 * BriefScope.LISTED_PROJECTS, projects + " projects");
    // The listed projects, and those the claims of other entries name (a document on a project).
    assertTrue(
        projectsLoaded <= BriefScope.LISTED_PROJECTS + 5,
        projectsLoaded + " of " + projects + " projects loaded for a brief that lists 100");
  }

  @Test
  void a_brief_as_of_a_revision_makes_again_only_what_it_shows_in_a_few_statements() {
    RegisterRevision imported = db.inTransaction(em -> new RegisterHistory(em).latest()).get();
    long claims = count("select count(*) from claim");
    String current = db.inTransaction(em -> current(em, KAZAKHSTAN)).toString();

    String[] asOf = new String[1];
    Statistics read =
        counted(
            em ->
                asOf[0] =
                    new RegisterHistory(em)
                        .read(
                            Optional.of(imported),
                            register ->
                                BriefAssembler.assemble(
                                        register, KAZAKHSTAN, Language.EN, "e", null)
                                    .orElseThrow())
                        .toString());

    long claimRows = auditRowsLoaded(read, Claim.class);
    System.out.printf(
        "Kazakhstan brief as of the import: %d of %d claims made again, %d statements%n",
        claimRows, claims, read.getPrepareStatementCount());
    assertEquals(current, asOf[0], "the brief as of the latest revision is not the current one");
    assertTrue(claimRows > 0, "no claim was read from the audit table");
    assertTrue(claimRows < claims / 3, claimRows + " of " + claims + " claims made again");
    assertTrue(
        read.getPrepareStatementCount() <= 25,
        read.getPrepareStatementCount() + " statements to read the register as of a revision");
  }

  @Test
  void briefs_as_of_a_revision_say_what_briefs_of_the_whole_register_in_memory_say() {
    RegisterRevision latest = db.inTransaction(em -> new RegisterHistory(em).latest()).get();
    Map<String, String> asOf =
        db.inTransaction(
            em ->
                new RegisterHistory(em)
                    .read(Optional.of(latest), ReadersSeeOnlyPublishedTest::everyBrief));
    Map<String, String> inMemory =
        db.inTransaction(
            em ->
                ReadersSeeOnlyPublishedTest.everyBrief(
                    PublishedRegister.of(latest, new EntryRepository(em).published())));

    assertEquals(17 * 3, asOf.size());
    assertEquals(inMemory, asOf);
  }

  @Test
  void the_brief_index_loads_no_claim() {
    BriefRenderer renderer = new BriefRenderer(CompiledTemplates.loadedNow());

    Statistics read =
        counted(em -> new BriefService(new RegisterHistory(em), renderer, 0).catalog());

    assertEquals(0, read.getEntityStatistics(Claim.class.getName()).getLoadCount());
    assertEquals(0, read.getEntityStatistics(Project.class.getName()).getLoadCount());
    assertEquals(0, read.getCollectionFetchCount(), "collections were loaded for titles");
  }

  @Test
  void briefs_from_queries_say_what_briefs_of_the_whole_register_in_memory_say() {
    Map<String, String> queried =
        db.inTransaction(
            em ->
                new RegisterHistory(em)
                    .read(Optional.empty(), ReadersSeeOnlyPublishedTest::everyBrief));
    Map<String, String> inMemory =
        db.inTransaction(
            em ->
                ReadersSeeOnlyPublishedTest.everyBrief(
                    PublishedRegister.of(
                        new RegisterHistory(em).latest().orElseThrow(),
                        new EntryRepository(em).published())));

    assertEquals(17 * 3, queried.size());
    assertTrue(queried.keySet().stream().anyMatch(k -> k.contains("transport")));
    assertEquals(inMemory, queried);
  }

  /** The subject's brief in English from the current register. */
  private static Brief current(EntityManager em, BriefSubject subject) {
    return new RegisterHistory(em)
        .read(
            Optional.empty(),
            register ->
                BriefAssembler.assemble(register, subject, Language.EN, "e", null).orElseThrow());
  }

  /** The statistics of what {@code work} did in a transaction of its own. */
  private static Statistics counted(java.util.function.Function<EntityManager, ?> work) {
    return db.inTransaction(
        em -> {
          Statistics statistics =
              em.getEntityManagerFactory().unwrap(SessionFactory.class).getStatistics();
          statistics.setStatisticsEnabled(true);
          statistics.clear();
          work.apply(em);
          statistics.setStatisticsEnabled(false);
          return statistics;
        });
  }

  /** How many rows of the entity's audit table Envers read into entities. */
  private static long auditRowsLoaded(Statistics statistics, Class<?> entity) {
    String audited = entity.getName() + "_aud";
    return java.util.Arrays.stream(statistics.getEntityNames())
        .filter(name -> name.equalsIgnoreCase(audited))
        .mapToLong(name -> statistics.getEntityStatistics(name).getLoadCount())
        .sum();
  }

  private static boolean placedInKazakhstan(EntityManager em, Project project) {
    return PublishedRegister.isPlacedIn(
        project, new EntryRepository(em).byKey("country/KZ").orElseThrow(), BriefScope.PLACING);
  }

  private static long count(String sql) {
    return db.inTransaction(
        em -> ((Number) em.createNativeQuery(sql).getSingleResult()).longValue());
  }
}
