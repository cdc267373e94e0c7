package org.silkway.reports.brief;

import java.util.Optional;
import java.util.function.Supplier;
import org.hibernate.SessionFactory;
import org.hibernate.stat.QueryStatistics;
import org.hibernate.stat.Statistics;
import org.silkway.core.entry.EntryRepository;
import org.silkway.core.history.PublishedRegister;
import org.silkway.core.history.RegisterHistory;
import org.silkway.core.history.RegisterRevision;
import org.silkway.core.i18n.Language;
import org.silkway.core.register.SyntheticRegister;
import org.silkway.core.support.Persistence;
import org.silkway.core.support.TestDatabase;
import org.silkway.reports.brief.model.Brief;
import org.silkway.reports.brief.model.BriefSubject;
import org.silkway.reports.template.BriefRenderer;
import org.silkway.reports.template.CompiledTemplates;

/**
 * A benchmark to run by hand (docs/measurements.md), not a test: the synthetic register imported
 * into an in-memory H2 database, then a brief read and assembled three ways, three times each, and
 * rendered once: from queries (how briefs read now), from the whole register loaded into a
 * read-write persistence context (how they read before), and as of the import's revision from the
 * audit tables. Prints one line per measurement.
 *
 * <pre>
 * java -Xmx512m -cp ... org.silkway.reports.brief.BriefReadProfile [projects [sector]]
 * </pre>
 */
public final class BriefReadProfile {

  private BriefReadProfile() {}

  public static void main(String[] args) {
    int projects = args.length > 0 ? Integer.parseInt(args[0]) : SyntheticRegister.PROJECTS;
    BriefSubject subject = BriefSubject.sector(args.length > 1 ? args[1] : "transport");
    try (Persistence db = Persistence.on(TestDatabase.H2)) {
      long start = System.nanoTime();
      SyntheticRegister.storeInto(db, projects);
      System.out.printf("import of %d projects: %d ms%n", projects, millisSince(start));
      RegisterRevision revision = db.inTransaction(em -> new RegisterHistory(em).latest()).get();
      Brief brief = null;
      for (int run = 1; run <= 3; run++) {
        brief =
            timed(
                "run " + run + ", from queries",
                () ->
                    db.inTransaction(
                        em ->
                            new RegisterHistory(em)
                                .read(Optional.empty(), r -> assemble(r, subject))));
        timed(
            "run " + run + ", whole register in a read-write context (before)",
            () ->
                db.inTransaction(
                    em ->
                        assemble(
                            PublishedRegister.of(revision, new EntryRepository(em).published()),
                            subject)));
        timed(
            "run " + run + ", as of the revision, from the audit tables",
            () ->
                db.inTransaction(
                    em ->
                        new RegisterHistory(em)
                            .read(Optional.of(revision), r -> assemble(r, subject))));
      }
      queryTimes(db);
      Brief filled = brief;
      BriefRenderer renderer = new BriefRenderer(CompiledTemplates.loadedNow());
      for (int run = 1; run <= 2; run++) {
        byte[] pdf = timed("run " + run + ", render", () -> renderer.render(filled));
        System.out.printf("  %d KB%n", pdf.length / 1024);
      }
    }
  }

  /** The statements of one more read from queries, slowest first. */
  private static void queryTimes(Persistence db) {
    db.inTransaction(
        em -> {
          Statistics statistics =
              em.getEntityManagerFactory().unwrap(SessionFactory.class).getStatistics();
          statistics.setStatisticsEnabled(true);
          statistics.clear();
          new RegisterHistory(em)
              .read(Optional.empty(), r -> assemble(r, BriefSubject.sector("transport")));
          for (String query : statistics.getQueries()) {
            QueryStatistics times = statistics.getQueryStatistics(query);
            System.out.printf(
                "  %d ms in %d executions: %s%n",
                times.getExecutionTotalTime(),
                times.getExecutionCount(),
                query.length() > 160 ? query.substring(0, 160) : query);
          }
          System.out.printf(
              "  %d statements, %d entities, %d collections loaded%n",
              statistics.getPrepareStatementCount(),
              statistics.getEntityLoadCount(),
              statistics.getCollectionLoadCount());
          return null;
        });
  }

  private static Brief assemble(PublishedRegister register, BriefSubject subject) {
    return BriefAssembler.assemble(register, subject, Language.EN, "profile", null).orElseThrow();
  }

  private static <T> T timed(String what, Supplier<T> work) {
    long start = System.nanoTime();
    T result = work.get();
    System.out.printf("%s: %d ms%n", what, millisSince(start));
    return result;
  }

  private static long millisSince(long start) {
    return (System.nanoTime() - start) / 1_000_000;
  }
}
