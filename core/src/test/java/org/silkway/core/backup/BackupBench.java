package org.silkway.core.backup;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import org.silkway.core.access.TestCallers;
import org.silkway.core.register.SyntheticRegister;
import org.silkway.core.support.DatabaseRows;
import org.silkway.core.support.Persistence;
import org.silkway.core.support.TestDatabase;

/**
 * A benchmark to run by hand ({@code docs/bench-backup.sh}, docs/measurements.md), not a test: the
 * synthetic register of PROJECTS projects stored in a fresh database of the kind asked for, backed
 * up to a file, and restored into another fresh database, with the time and size of each and a
 * comparison of every table's rows at the end.
 *
 * <pre>
 * java -cp ... org.silkway.core.backup.BackupBench h2|postgresql PROJECTS OUT_DIR
 * </pre>
 */
public final class BackupBench {

  private BackupBench() {}

  public static void main(String[] args) throws Exception {
    TestDatabase database = TestDatabase.valueOf(args[0].toUpperCase(Locale.ROOT));
    int projects = Integer.parseInt(args[1]);
    Path out = Files.createDirectories(Path.of(args[2]));
    try (Persistence original = Persistence.on(database);
        Persistence restored = Persistence.on(database)) {
      long start = System.nanoTime();
      SyntheticRegister.storeInto(original, projects);
      System.out.printf("import %d projects: %.1f s%n", projects, seconds(start));

      Path file = out.resolve("backup-" + database.name().toLowerCase(Locale.ROOT) + ".zip");
      start = System.nanoTime();
      try (OutputStream to = Files.newOutputStream(file)) {
        new RegisterBackup(original.dataSource(), TestCallers.admin("admin"), Clock.systemUTC())
            .prepare(true)
            .writeTo(to);
      }
      System.out.printf("backup: %.1f s, %,d bytes%n", seconds(start), Files.size(file));

      start = System.nanoTime();
      RestoredBackup result = RegisterRestore.intoEmptyDatabase(restored.dataSource(), file);
      System.out.printf("restore: %.1f s, %s%n", seconds(start), result);

      boolean same =
          DatabaseRows.of(original.dataSource()).equals(DatabaseRows.of(restored.dataSource()));
      System.out.println("rows equal: " + same);
      if (!same) {
        System.exit(1);
      }
    }
  }

  private static double seconds(long since) {
    return (System.nanoTime() - since) / 1e9;
  }
}
