package org.silkway.core.support;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.silkway.core.access.TestCallers;
import org.silkway.core.register.RegisterStore;
import org.silkway.core.register.SeedLoader;

/**
 * Fills a test database with the seed register, as the first start of Silkway does: with nobody
 * signed in, through the seed's own path.
 */
public final class SeededRegister {

  private SeededRegister() {}

  public static void importInto(Persistence db) {
    db.inTransaction(
        SeedLoader.EDITOR,
        em -> new RegisterStore(em, TestCallers.anonymous()).storeSeedIntoEmptyRegister());
  }

  /**
   * Loads the seed as if it had been loaded at noon (UTC) on that day: its audit revision and its
   * publication are dated then, so that briefs and changes of later days can be asked for.
   */
  public static void importOn(Persistence db, LocalDate day) {
    importInto(db);
    long noon = day.atTime(12, 0).toInstant(ZoneOffset.UTC).toEpochMilli();
    try (Connection connection = db.dataSource().getConnection();
        PreparedStatement revision =
            connection.prepareStatement("update revision set revised_at = ?");
        PreparedStatement publication =
            connection.prepareStatement("update publication set published_at = ?")) {
      revision.setLong(1, noon);
      publication.setLong(1, noon);
      if (revision.executeUpdate() != 1 || publication.executeUpdate() != 1) {
        throw new IllegalStateException("The seed is not one revision and one publication.");
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Could not date the seed's import", e);
    }
  }
}
