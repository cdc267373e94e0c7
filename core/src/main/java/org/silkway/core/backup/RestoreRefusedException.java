package org.silkway.core.backup;

/**
 * A restore that did not happen, worded for the operator who reads it in the log; the database is
 * as it was. The cause, when there is one, holds the details (the SQL error, the broken JSON).
 */
public class RestoreRefusedException extends RuntimeException {

  private final boolean databaseNotEmpty;

  private RestoreRefusedException(String message, Throwable cause, boolean databaseNotEmpty) {
    super(message, cause);
    this.databaseNotEmpty = databaseNotEmpty;
  }

  /** Whether the refusal is only that the database holds a register already. */
  public boolean databaseNotEmpty() {
    return databaseNotEmpty;
  }

  static RestoreRefusedException notABackup(String why) {
    return notABackup(why, null);
  }

  static RestoreRefusedException notABackup(String why, Throwable cause) {
    return new RestoreRefusedException(
        "Not restored: the file is not a Silkway backup that this version can restore ("
            + why
            + ")."
            + " Nothing was changed.",
        cause,
        false);
  }

  static RestoreRefusedException unreadable(String file, Throwable cause) {
    return new RestoreRefusedException(
        "Not restored: cannot read the backup "
            + file
            + " (is the path right, and readable by the"
            + " server?). Nothing was changed.",
        cause,
        false);
  }

  static RestoreRefusedException otherSchema(String backup, String database) {
    return new RestoreRefusedException(
        "Not restored: the backup is of schema version "
            + backup
            + " and this database is at "
            + database
            + ". Restore it with the Silkway version that made it. Nothing was changed.",
        null,
        false);
  }

  static RestoreRefusedException notEmpty() {
    return new RestoreRefusedException(
        "Not restored: the database is not empty (it holds a register, users or history). A"
            + " backup is restored into an empty database only. Nothing was changed.",
        null,
        true);
  }

  static RestoreRefusedException anotherRestoreRuns(Throwable cause) {
    return new RestoreRefusedException(
        "Not restored: another server is filling this database right now. Nothing was changed.",
        cause,
        true);
  }

  static RestoreRefusedException doesNotFit(String why, Throwable cause) {
    return new RestoreRefusedException(
        "Not restored: the backup does not fit this database (" + why + "). Nothing was changed.",
        cause,
        false);
  }
}
