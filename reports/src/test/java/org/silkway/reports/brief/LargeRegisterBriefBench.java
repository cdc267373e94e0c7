package org.silkway.reports.brief;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.silkway.core.history.PublishedRegister;
import org.silkway.core.history.RegisterHistory;
import org.silkway.core.i18n.Language;
import org.silkway.core.register.ProjectCopies;
import org.silkway.core.register.SyntheticRegister;
import org.silkway.core.support.Persistence;
import org.silkway.core.support.TestDatabase;
import org.silkway.reports.brief.model.BriefSubject;
import org.silkway.reports.edition.RenderedBrief;
import org.silkway.reports.template.BriefFormat;
import org.silkway.reports.template.BriefRenderer;
import org.silkway.reports.template.CompiledTemplates;

/**
 * A benchmark to run by hand ({@code docs/bench-large-brief.sh}), not a test: the synthetic
 * 5,000-project register stored in an embedded PostgreSQL and its projects copied with SQL up to
 * the number asked for (100,000 by default), then one country's brief ("KZ"), one sector's
 * ("sector:transport") or the framework's ("framework") made fresh several times the way the server
 * makes it on a cache miss ({@link BriefService#render}: read from queries, assemble, fill and
 * export), with the read and assembly also timed alone. On the imported register alone (no copies)
 * each run also makes the brief as of today from the audit tables, as a reader's as-of brief is
 * made. Prints one line per measurement.
 */
public final class LargeRegisterBriefBench {

  private LargeRegisterBriefBench() {}

  public static void main(String[] args) throws SQLException {
    int projects = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    BriefSubject subject = subject(args.length > 1 ? args[1] : "KZ");
    int runs = args.length > 2 ? Integer.parseInt(args[2]) : 3;
    try (Persistence db = Persistence.on(TestDatabase.POSTGRESQL)) {
      long start = System.nanoTime();
      SyntheticRegister.storeInto(db, SyntheticRegister.PROJECTS);
      try (Connection connection = db.dataSource().getConnection();
          Statement analyze = connection.createStatement()) {
        ProjectCopies.add(connection, Math.max(0, projects / SyntheticRegister.PROJECTS - 1));
        analyze.execute("analyze");
      }
      System.out.printf("register of %,d projects stored: %,d ms%n", projects, millisSince(start));

      BriefRenderer renderer = new BriefRenderer(CompiledTemplates.loadedNow());
      int inScope =
          fromCurrent(
              db,
              register -> BriefScope.of(register, subject).orElseThrow().projectsInScope().size());
      for (int run = 1; run <= runs; run++) {
        timed(
            "run " + run + ", read and assemble",
            () ->
                fromCurrent(
                    db,
                    register ->
                        BriefAssembler.assemble(register, subject, Language.EN, "bench", null)
                            .orElseThrow()));
        RenderedBrief rendered =
            timed(
                "run " + run + ", fresh brief (read, assemble, fill, export)",
                () -> fresh(db, renderer, subject, null));
        System.out.printf(
            "  %s: %,d projects in the brief's scope, %,d KB, %,d pages%n",
            subject.id(), inScope, rendered.bytes().length / 1024, pages(rendered.bytes()));
        keep(rendered.bytes(), subject.id() + ".pdf");
        if (projects <= SyntheticRegister.PROJECTS) {
          // The same brief as of today, from the audit tables (the "as-of brief" row);
          // copies made with SQL have no audit rows, so only an imported register has this.
          LocalDate today = LocalDate.now(ZoneOffset.UTC);
          RenderedBrief asOf =
              timed(
                  "run " + run + ", as of today, fresh (audited register)",
                  () -> fresh(db, renderer, subject, today));
          System.out.printf(
              "  %s as of today: %,d KB, %,d pages%n",
              subject.id(), asOf.bytes().length / 1024, pages(asOf.bytes()));
        }
      }
    }
  }

  /**
   * The brief made as the server makes it on a cache miss, current (asOfDay null) or as of a day.
   */
  private static RenderedBrief fresh(
      Persistence db, BriefRenderer renderer, BriefSubject subject, LocalDate asOfDay) {
    return db.inTransaction(
        em ->
            new BriefService(new RegisterHistory(em), renderer, 0)
                .render(subject, Language.EN, asOfDay, BriefFormat.PDF));
  }

  /** What {@code read} makes of the current published register, in one transaction. */
  private static <T> T fromCurrent(Persistence db, Function<PublishedRegister, T> read) {
    return db.inTransaction(em -> new RegisterHistory(em).read(Optional.empty(), read));
  }

  private static BriefSubject subject(String named) {
    if (named.equals(BriefSubject.FRAMEWORK_ID)) {
      return BriefSubject.framework();
    }
    return named.startsWith("sector:")
        ? BriefSubject.sector(named.substring("sector:".length()))
        : BriefSubject.country(named);
  }

  /** Keeps the brief beside the script's log, to be looked at. */
  private static void keep(byte[] pdf, String name) {
    try {
      java.nio.file.Files.write(
          java.nio.file.Path.of("reports", "target", "bench-large-brief", name), pdf);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static int pages(byte[] pdf) {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return document.getNumberOfPages();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static <T> T timed(String what, Supplier<T> work) {
    long start = System.nanoTime();
    T result = work.get();
    System.out.printf("%s: %,d ms (load average %s)%n", what, millisSince(start), loadAverage());
    return result;
  }

  private static String loadAverage() {
    try {
      return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).split(" ")[0];
    } catch (IOException e) {
      return "unknown";
    }
  }

  private static long millisSince(long start) {
    return (System.nanoTime() - start) / 1_000_000;
  }
}
