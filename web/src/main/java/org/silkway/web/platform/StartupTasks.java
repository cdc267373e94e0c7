package org.silkway.web.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.silkway.core.backup.RegisterRestore;
import org.silkway.core.backup.RestoreRefusedException;
import org.silkway.core.backup.RestoredBackup;
import org.silkway.core.persistence.SchemaMigrations;
import org.silkway.core.register.SeedLoader;
import org.silkway.reports.template.BriefTemplate;
import org.silkway.reports.template.CompiledTemplates;
import org.silkway.web.security.FirstAdministrator;

/**
 * Runs once when the application starts, before it takes requests: migrates the schema, creates the
 * first administrator when there is no user, loads the seed dataset into an empty register, then
 * compiles the brief templates so that no reader waits for a compilation.
 *
 * <p>With {@code silkway.seed.enabled=false} an empty database stays empty, so that an operator (or
 * a benchmark) can restore a register of their own with {@code POST /api/admin/import}, which takes
 * only an empty register. With {@code silkway.restore.from} set to a backup ({@code core.backup}),
 * an empty database gets that backup instead of the seed, before the first administrator.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class StartupTasks {

  private static final Logger LOG = Logger.getLogger(StartupTasks.class.getName());

  @Resource(lookup = "java:app/jdbc/silkway")
  private DataSource dataSource;

  @Inject private SeedLoader seed;

  @Inject
  @ConfigProperty(name = "silkway.seed.enabled", defaultValue = "true")
  boolean seedEnabled;

  @Inject private CompiledTemplates templates;

  @Inject private FirstAdministrator firstAdministrator;

  @Inject
  @ConfigProperty(name = "silkway.restore.from")
  Optional<String> restoreFrom;

  /** Without a transaction of its own: each step commits its own work. */
  @PostConstruct
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void start() {
    SchemaMigrations.migrate(dataSource);
    Optional<String> backup = restoreFrom.filter(file -> !file.isBlank());
    // Before the first administrator: a restore needs a database without users, and a backup
    // without password hashes leaves admin to be given one by the step after it.
    if (backup.isEmpty() || restore(backup.get())) {
      firstAdministrator.createIfNone();
      firstAdministrator.resetIfConfigured();
      if (backup.isPresent()) {
        LOG.info("Seed dataset not loaded: silkway.restore.from is set");
      } else if (seedEnabled) {
        seed.loadIfEmpty();
      } else {
        LOG.info("Seed dataset not loaded: silkway.seed.enabled is false");
      }
    }
    templates.get(BriefTemplate.BRIEF);
  }

  /**
   * Restores the backup into an empty database. A database that is not empty is left alone (a
   * restart with the setting still there must not stop Silkway). A backup that cannot be restored
   * leaves an empty database truly empty, without an administrator or the seed, so that the
   * operator can correct the setting and start again: anything stored now would make it not empty.
   *
   * @return whether start-up goes on as usual
   */
  private boolean restore(String file) {
    try {
      RestoredBackup restored = RegisterRestore.intoEmptyDatabase(dataSource, Path.of(file));
      LOG.warning(
          "Restored "
              + restored
              + "; file "
              + file
              + ". Remove silkway.restore.from now: while it is set, the seed is never loaded.");
      return true;
    } catch (RestoreRefusedException e) {
      if (e.databaseNotEmpty()) {
        LOG.warning(e.getMessage() + " silkway.restore.from is ignored; remove it.");
        return true;
      }
      LOG.log(
          Level.SEVERE,
          e.getMessage()
              + " The database stays empty (no administrator, no seed) until Silkway starts with"
              + " a backup it can restore, or without silkway.restore.from.",
          e);
      return false;
    } catch (InvalidPathException e) {
      LOG.severe(
          "Not restored: silkway.restore.from is not a file path ("
              + e.getMessage()
              + "). The database stays empty (no administrator, no seed).");
      return false;
    }
  }
}
