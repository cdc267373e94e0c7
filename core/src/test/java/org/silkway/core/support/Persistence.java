package org.silkway.core.support;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import javax.sql.DataSource;
import org.postgresql.ds.common.BaseDataSource;
import org.silkway.core.audit.Editor;
import org.silkway.core.persistence.SchemaMigrations;

/**
 * Silkway's persistence unit outside a container: the same {@code persistence.xml}, entities and
 * Flyway migrations, with local transactions instead of JTA. Hibernate validates the mapping
 * against the migrated schema at start, so a mapping the migrations do not match fails here.
 */
public final class Persistence implements AutoCloseable {

  private final EntityManagerFactory factory;
  private final DataSource dataSource;

  private Persistence(DataSource dataSource) {
    this.dataSource = dataSource;
    SchemaMigrations.migrate(dataSource);
    Map<String, Object> overrides = new HashMap<>();
    overrides.put("jakarta.persistence.transactionType", "RESOURCE_LOCAL");
    if (dataSource instanceof BaseDataSource postgresql) {
      // Hibernate's own pool: a new PostgreSQL connection costs about 20 ms (a server process is
      // started for it), and a test opens one per transaction without a pool, as no server does.
      overrides.put("hibernate.connection.url", postgresql.getURL());
      overrides.put("hibernate.connection.username", postgresql.getUser());
      overrides.put("hibernate.connection.password", postgresql.getPassword());
    } else {
      overrides.put("hibernate.connection.datasource", dataSource);
      overrides.put("jakarta.persistence.nonJtaDataSource", dataSource);
    }
    overrides.put(
        "hibernate.transaction.jta.platform",
        "org.hibernate.engine.transaction.jta.platform.internal.NoJtaPlatform");
    overrides.put("hibernate.hbm2ddl.auto", "validate");
    this.factory = jakarta.persistence.Persistence.createEntityManagerFactory("silkway", overrides);
  }

  public static Persistence on(TestDatabase database) {
    return new Persistence(database.freshDataSource());
  }

  public DataSource dataSource() {
    return dataSource;
  }

  /** Runs {@code work} in one transaction as {@code editor}; rolls back if it throws. */
  public <T> T inTransaction(String editor, Function<EntityManager, T> work) {
    return Editor.actingAs(
        editor,
        () -> {
          EntityManager em = factory.createEntityManager();
          try {
            em.getTransaction().begin();
            T result = work.apply(em);
            em.getTransaction().commit();
            return result;
          } catch (RuntimeException e) {
            if (em.getTransaction().isActive()) {
              em.getTransaction().rollback();
            }
            throw e;
          } finally {
            em.close();
          }
        });
  }

  public <T> T inTransaction(Function<EntityManager, T> work) {
    return inTransaction(Editor.SYSTEM, work);
  }

  @Override
  public void close() {
    factory.close();
  }
}
