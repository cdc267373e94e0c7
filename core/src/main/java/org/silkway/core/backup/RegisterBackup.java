package org.silkway.core.backup;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import javax.sql.DataSource;
import org.silkway.core.access.Caller;
import org.silkway.core.access.Callers;
import org.silkway.core.persistence.SchemaMigrations;
import org.silkway.core.persistence.SilkwayDatabase;
import org.silkway.core.user.Role;

/**
 * A full backup of the register for administrators: every table the migrations made (entries,
 * claims, drafts and pending changes, sources, the audit history, publications, users), with the
 * users' password hashes only when asked for. Read over JDBC in one read-only transaction that sees
 * one state of the database from the first table to the last, while editors go on working.
 *
 * <p>It reads Silkway's data source itself, by its application-wide name, rather than through the
 * persistence unit: a backup copies tables as they are, entities or not.
 */
@ApplicationScoped
public class RegisterBackup {

  private static final DateTimeFormatter FILE_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd-HHmmss").withZone(ZoneOffset.UTC);

  @Resource(lookup = SilkwayDatabase.DATA_SOURCE)
  private DataSource dataSource;

  private Callers callers;
  private Clock clock;

  protected RegisterBackup() {}

  @Inject
  public RegisterBackup(Callers callers) {
    this.callers = callers;
    this.clock = Clock.systemUTC();
  }

  /** For use outside a container (tools, tests). */
  public RegisterBackup(DataSource dataSource, Callers callers, Clock clock) {
    this.dataSource = dataSource;
    this.callers = callers;
    this.clock = clock;
  }

  /** One backup, to be written; the caller was an administrator when it was asked for. */
  public interface Download {

    /** {@code silkway-backup-2026-12-03-181502.zip}: the moment it was asked for, in UTC. */
    String fileName();

    /** Who asked: the log says who took the users' data away. */
    String requestedBy();

    void writeTo(OutputStream out) throws IOException;
  }

  /**
   * Checks the caller now, so that a refusal is an answer of its own and never a download cut off.
   *
   * @throws org.silkway.core.access.NotAllowedException unless the caller is an administrator
   */
  public Download prepare(boolean passwordHashes) {
    Caller admin =
        callers.require(
            Role.ADMIN,
            passwordHashes ? "back up the register with password hashes" : "back up the register");
    Instant now = clock.instant();
    return new Download() {
      @Override
      public String fileName() {
        return "silkway-backup-" + FILE_TIME.format(now) + ".zip";
      }

      @Override
      public String requestedBy() {
        return admin.name();
      }

      @Override
      public void writeTo(OutputStream out) throws IOException {
        write(out, passwordHashes, now);
      }
    };
  }

  /** H2's own level beyond JDBC's four ({@code org.h2.engine.Constants.TRANSACTION_SNAPSHOT}). */
  private static final int H2_SNAPSHOT = 6;

  private static int snapshotLevel(Connection connection) throws SQLException {
    return "H2".equals(connection.getMetaData().getDatabaseProductName())
        ? H2_SNAPSHOT
        : Connection.TRANSACTION_REPEATABLE_READ;
  }

  private void write(OutputStream out, boolean passwordHashes, Instant now) throws IOException {
    String version = SchemaMigrations.sharedVersion(dataSource);
    try (Connection connection = dataSource.getConnection()) {
      boolean autoCommit = connection.getAutoCommit();
      boolean readOnly = connection.isReadOnly();
      int isolation = connection.getTransactionIsolation();
      try {
        // One snapshot for the whole transaction, so that the tables of the backup agree with each
        // other (no claim of an entry created after the entries were read): PostgreSQL's
        // repeatable read is one; H2's lets rows committed meanwhile appear, its snapshot does not.
        connection.setAutoCommit(false);
        connection.setReadOnly(true);
        connection.setTransactionIsolation(snapshotLevel(connection));
        BackupWriter.write(connection, out, passwordHashes, version, now);
      } finally {
        // The connection goes back to a pool that other requests share.
        connection.rollback();
        connection.setTransactionIsolation(isolation);
        connection.setReadOnly(readOnly);
        connection.setAutoCommit(autoCommit);
      }
    } catch (SQLException e) {
      throw new IOException("The backup could not read the database", e);
    }
  }
}
