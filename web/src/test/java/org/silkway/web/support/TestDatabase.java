package org.silkway.web.support;

import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Chooses the database Payara Micro runs on for this test JVM, from the {@code
 * silkway.test.database} system property that each failsafe execution sets: {@code h2} (a fresh
 * file under {@code target/}, never {@code ~/.silkway}) or {@code postgresql} (a real PostgreSQL
 * started from a jar, so the suite needs no server on the machine).
 *
 * <p>It hands the choice to Payara Micro as {@code -Dsilkway.db.*} options through the {@code
 * payara.cmdOptions} property, which the Arquillian container reads when it is first configured.
 * Inside the container the property is absent and this does nothing.
 */
public class TestDatabase implements BeforeAllCallback {

  /**
   * The database product the application must be using, passed to Payara Micro so that an
   * in-container test fails if a configuration silently fell back to the default database.
   */
  public static final String EXPECTED_PRODUCT = "silkway.test.expected-database-product";

  private static String microOptions;

  @Override
  public void beforeAll(ExtensionContext context) {
    String database = System.getProperty("silkway.test.database");
    if (database == null) {
      return;
    }
    synchronized (TestDatabase.class) {
      if (microOptions == null) {
        microOptions = "-Xmx768m -Dsilkway.import.enabled=true " + optionsFor(database);
        System.setProperty("payara.cmdOptions", microOptions);
      }
    }
  }

  private static String optionsFor(String database) {
    return switch (database) {
      case "h2" -> {
        Path file =
            Path.of(System.getProperty("silkway.test.work", "target/it-work"))
                .resolve("h2-" + UUID.randomUUID())
                .resolve("silkway")
                .toAbsolutePath();
        yield "-Dsilkway.db.url=jdbc:h2:file:" + file + " -D" + EXPECTED_PRODUCT + "=H2";
      }
      case "postgresql" -> {
        String url = EmbeddedPostgresServer.start();
        yield "-Dsilkway.db.datasource-class=org.postgresql.ds.PGSimpleDataSource"
            + " -Dsilkway.db.url="
            + url
            + " -Dsilkway.db.user=postgres -Dsilkway.db.password=postgres"
            + " -D"
            + EXPECTED_PRODUCT
            + "=PostgreSQL";
      }
      default ->
          throw new IllegalArgumentException(
              "silkway.test.database is h2 or postgresql, not " + database);
    };
  }
}
