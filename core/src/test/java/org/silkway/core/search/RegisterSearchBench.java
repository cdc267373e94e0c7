package org.silkway.core.search;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import org.silkway.core.register.ProjectCopies;
import org.silkway.core.register.SyntheticRegister;
import org.silkway.core.support.Persistence;
import org.silkway.core.support.TestDatabase;

/**
 * A benchmark to run by hand (docs/bench-search.sh, docs/measurements.md), not a test: how long a
 * search takes on a register of 100,000 projects. The synthetic 5,000-project register goes in
 * through the importer; SQL then copies its projects, their claims and their citations until the
 * register holds the number asked for (a copy's names end in its number, so names, claim texts and
 * excerpts repeat as they would in a large register of similar projects). Each typed text is
 * searched as readers and as editors, a few rounds uncounted and then {@code runs} rounds counted;
 * the medians and the 90th percentiles are printed.
 *
 * <pre>
 * java -cp ... org.silkway.core.search.RegisterSearchBench postgresql|h2 [projects [runs]]
 * </pre>
 */
public final class RegisterSearchBench {

  /** What an editors' desk types: words of names, in three languages, places, a source, nothing. */
  private static final List<String> TYPED =
      List.of(
          "railway",
          "dry port",
          "железная дорога",
          "сухой порт",
          "铁路",
          "物流中心",
          "Kashgar",
          "rail gauges",
          "Kazakhstan",
          "railway 17",
          "no such words anywhere");

  private static final int WARM_UPS = 3;

  private RegisterSearchBench() {}

  public static void main(String[] args) throws SQLException {
    TestDatabase database = TestDatabase.valueOf(args[0].toUpperCase(java.util.Locale.ROOT));
    int projects = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
    int runs = args.length > 2 ? Integer.parseInt(args[2]) : 20;
    try (Persistence db = Persistence.on(database)) {
      long start = System.nanoTime();
      SyntheticRegister.storeInto(db, SyntheticRegister.PROJECTS);
      System.out.printf("import of %,d projects: %,d ms%n", SyntheticRegister.PROJECTS, ms(start));
      start = System.nanoTime();
      int copies = Math.max(0, projects / SyntheticRegister.PROJECTS - 1);
      try (Connection connection = db.dataSource().getConnection()) {
        ProjectCopies.add(connection, copies);
        if (database == TestDatabase.POSTGRESQL) {
          try (Statement analyze = connection.createStatement()) {
            analyze.execute("analyze");
          }
          explain(connection, "entry", "lower(name_en) like '%kashgar%'");
          explain(connection, "claim", "lower(val_text) like '%kashgar%'");
          explain(connection, "entry", "lower(name_en) like '%railway%'");
        }
        System.out.printf(
            "copied to %,d projects, %,d claims, %,d citations: %,d ms%n",
            count(connection, "select count(*) from entry where entry_key like 'project/%'"),
            count(connection, "select count(*) from claim"),
            count(connection, "select count(*) from citation"),
            ms(start));
      }
      for (Audience audience : Audience.values()) {
        for (String typed : TYPED) {
          measure(db, typed, audience, runs);
        }
      }
    }
  }

  private static void measure(Persistence db, String typed, Audience audience, int runs) {
    long[] nanos = new long[runs];
    int hits = 0;
    for (int run = -WARM_UPS; run < runs; run++) {
      long start = System.nanoTime();
      hits =
          db.inTransaction(
              em -> new RegisterSearch(em).find(typed, audience, RegisterSearch.MOST_HITS).size());
      if (run >= 0) {
        nanos[run] = System.nanoTime() - start;
      }
    }
    Arrays.sort(nanos);
    System.out.printf(
        "%-8s %-24s %2d hits  p50 %6.1f ms  p90 %6.1f ms%n",
        audience,
        "\"" + typed + "\"",
        hits,
        nanos[runs / 2] / 1e6,
        nanos[(int) (runs * 0.9)] / 1e6);
  }

  /** PostgreSQL's plan for one pattern, to see whether the trigram indexes serve it. */
  private static void explain(Connection connection, String table, String condition)
      throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet plan =
            statement.executeQuery(
                "explain analyze select id from " + table + " where " + condition + " limit 50")) {
      System.out.println("plan for " + condition + ":");
      while (plan.next()) {
        System.out.println("plan   " + plan.getString(1));
      }
    }
  }

  private static long count(Connection connection, String sql) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(sql)) {
      rows.next();
      return rows.getLong(1);
    }
  }

  private static long ms(long startNanos) {
    return (System.nanoTime() - startNanos) / 1_000_000;
  }
}
