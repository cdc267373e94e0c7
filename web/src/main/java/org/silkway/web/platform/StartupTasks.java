package org.silkway.web.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
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
 * only an empty register.
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

  /** Without a transaction of its own: each step commits its own work. */
  @PostConstruct
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void start() {
    SchemaMigrations.migrate(dataSource);
    firstAdministrator.createIfNone();
    firstAdministrator.resetIfConfigured();
    if (seedEnabled) {
      seed.loadIfEmpty();
    } else {
      LOG.info("Seed dataset not loaded: silkway.seed.enabled is false");
    }
    templates.get(BriefTemplate.BRIEF);
  }
}
