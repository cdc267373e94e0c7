package org.silkway.core.backup;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.silkway.core.persistence.SchemaMigrations;

/**
 * Restores a backup ({@link RegisterBackup}) into an empty database that Flyway has migrated to the
 * backup's schema version: what start-up does when the operator sets {@code silkway.restore.from}.
 * Only from a file the operator names in the configuration, never from a request: a restore writes
 * users and their roles, which no upload should be able to do.
 *
 * <p>All or nothing: a backup that is not one, is of another schema version, or does not fit, and a
 * database that is not empty, leave the database as it was ({@link RestoreRefusedException}).
 */
public final class RegisterRestore {

  private RegisterRestore() {}

  /**
   * @throws RestoreRefusedException saying why nothing was restored
   */
  public static RestoredBackup intoEmptyDatabase(DataSource dataSource, Path backup) {
    String version = SchemaMigrations.sharedVersion(dataSource);
    try (Connection connection = dataSource.getConnection()) {
      return BackupRestorer.restore(connection, backup, version);
    } catch (SQLException e) {
      throw RestoreRefusedException.doesNotFit("the database refused it", e);
    }
  }
}
