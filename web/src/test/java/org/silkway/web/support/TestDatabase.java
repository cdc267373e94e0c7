package org.silkway.web.support;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Chooses the database Payara Micro runs on for this test JVM, from the {@code
 * silkway.test.database} system property that each failsafe execution sets: {@code h2} (a fresh
 * file under {@code target/}, never {@code ~/.silkway}) or {@code postgresql} (a real PostgreSQL
 * started from a jar, so the suite needs no server on the machine).
 *
 * <p>The choice reaches Payara Micro as {@code -Dsilkway.db.*} JVM options: for the shared {@link
 * SilkwayServer} directly, and for Arquillian's in-container tests through the {@code
 * payara.cmdOptions} property, which the container reads when it is first configured. Inside the
 * container the property is absent and this does nothing.
 */
public class TestDatabase implements BeforeAllCallback {

  /** The database of the in-container tests: apart from the shared server's, so both may run. */
  private static final String IN_CONTAINER = "in_container";

  /** The database of the shared {@link SilkwayServer}. */
  static final String SHARED = "shared";

  private static final Map<String, List<String>> microOptions = new HashMap<>();

  @Override
  public void beforeAll(ExtensionContext context) {
    if (System.getProperty("silkway.test.database") != null) {
      System.setProperty("payara.cmdOptions", String.join(" ", microJvmOptions(IN_CONTAINER)));
    }
  }

  /** {@code h2} or {@code postgresql}. */
  static String name() {
    String database = System.getProperty("silkway.test.database");
    if (database == null) {
      throw new IllegalStateException("silkway.test.database is not set: run mvn verify");
    }
    return database;
  }

  /**
   * The product name the database of this test JVM reports, {@code H2} or {@code PostgreSQL}: a
   * server's log must name it, or a configuration silently fell back to the default database.
   */
  public static String product() {
    return switch (name()) {
      case "h2" -> "H2";
      case "postgresql" -> "PostgreSQL";
      default -> throw new IllegalArgumentException(unknown(name()));
    };
  }

  /**
   * The JVM options of a Payara Micro of this test JVM; each {@code instance} gets a database of
   * its own (a fresh H2 file, or a fresh database in the one embedded PostgreSQL), so that Payara
   * Micros running side by side neither lock each other out nor see each other's test data.
   */
  public static synchronized List<String> microJvmOptions(String instance) {
    return microOptions.computeIfAbsent(
        instance,
        key -> {
          List<String> options =
              new ArrayList<>(
                  List.of(
                      "-Xmx768m",
                      "-Dsilkway.admin.initial-password=" + Accounts.INITIAL_ADMIN_PASSWORD));
          options.addAll(databaseOptions(name(), key));
          return List.copyOf(options);
        });
  }

  private static List<String> databaseOptions(String database, String instance) {
    return switch (database) {
      case "h2" -> {
        Path file =
            Path.of(System.getProperty("silkway.test.work", "target/it-work"))
                .resolve("h2-" + instance + "-" + UUID.randomUUID())
                .resolve("silkway")
                .toAbsolutePath();
        yield List.of("-Dsilkway.db.url=jdbc:h2:file:" + file);
      }
      case "postgresql" ->
          List.of(
              "-Dsilkway.db.datasource-class=org.postgresql.ds.PGSimpleDataSource",
              "-Dsilkway.db.url=" + EmbeddedPostgresServer.database(instance),
              "-Dsilkway.db.user=postgres",
              "-Dsilkway.db.password=postgres");
      default -> throw new IllegalArgumentException(unknown(database));
    };
  }

  private static String unknown(String database) {
    return "silkway.test.database is h2 or postgresql, not " + database;
  }
}
