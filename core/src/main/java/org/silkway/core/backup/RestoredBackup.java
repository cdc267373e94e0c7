package org.silkway.core.backup;

import java.time.Instant;
import java.util.Map;

/** What a restore put back: from which backup, and how many rows per table. */
public record RestoredBackup(
    String schemaVersion,
    String fromDatabase,
    Instant backedUpAt,
    boolean passwordHashes,
    Map<String, Long> rowsPerTable) {

  public long rows() {
    return rowsPerTable.values().stream().mapToLong(Long::longValue).sum();
  }

  @Override
  public String toString() {
    return rows()
        + " rows in "
        + rowsPerTable.size()
        + " tables from a backup of "
        + backedUpAt
        + " ("
        + fromDatabase
        + ", schema version "
        + schemaVersion
        + (passwordHashes ? ", with password hashes)" : ", without password hashes)");
  }
}
