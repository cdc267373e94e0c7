package org.silkway.web.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import javax.sql.DataSource;
import org.silkway.core.persistence.SchemaMigrations;
import org.silkway.core.register.SeedLoader;
import org.silkway.reports.template.BriefTemplate;
import org.silkway.reports.template.CompiledTemplates;

/**
 * Runs once when the application starts, before it takes requests: migrates the schema, loads the
 * seed dataset into an empty register, then compiles the brief templates so that no reader waits
 * for a compilation.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class StartupTasks {

  @Resource(lookup = "java:app/jdbc/silkway")
  private DataSource dataSource;

  @Inject private SeedLoader seed;

  @Inject private CompiledTemplates templates;

  /** Without a transaction of its own: each step commits its own work. */
  @PostConstruct
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void start() {
    SchemaMigrations.migrate(dataSource);
    seed.loadIfEmpty();
    templates.get(BriefTemplate.COUNTRY);
  }
}
