package org.silkway.web.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;
import org.hibernate.Session;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.silkway.core.country.Country;
import org.silkway.core.country.CountryCode;
import org.silkway.core.country.CountryRepository;
import org.silkway.core.i18n.Language;
import org.silkway.core.i18n.LocalizedName;
import org.silkway.web.support.Deployments;
import org.silkway.web.support.SilkwayIT;
import org.silkway.web.support.TestDatabase;

/** Runs inside Payara Micro, on H2 and again on PostgreSQL (tag {@code persistence}). */
@SilkwayIT
@Tag("persistence")
class CountryPersistenceIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.silkwayWar();
  }

  @Inject CountryRepository countries;

  @PersistenceContext(unitName = "silkway")
  EntityManager em;

  @Resource UserTransaction tx;

  @Resource(lookup = "java:app/jdbc/silkway")
  DataSource dataSource;

  @Test
  void flyway_has_migrated_the_schema_and_the_six_framework_countries_are_there() throws Exception {
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "select count(*) from \"flyway_schema_history\" where \"success\" = true")) {
      rs.next();
      assertTrue(rs.getInt(1) >= 1, "no successful migration recorded");
    }
    List<String> codes = countries.all().stream().map(c -> c.code().value()).sorted().toList();
    assertTrue(codes.containsAll(List.of("CN", "KG", "KZ", "TJ", "TM", "UZ")), codes::toString);
  }

  @Test
  void the_application_runs_on_the_database_the_suite_chose() throws Exception {
    String expected = System.getProperty(TestDatabase.EXPECTED_PRODUCT);
    assertNotNull(expected, "Payara Micro was started without the expected database product");
    try (Connection c = dataSource.getConnection()) {
      assertEquals(expected, c.getMetaData().getDatabaseProductName());
    }
  }

  @Test
  void hibernate_is_the_jpa_provider() {
    assertTrue(em.unwrap(Session.class) instanceof Session);
  }

  @Test
  void a_country_survives_a_round_trip_through_the_database_with_all_three_names()
      throws Exception {
    CountryCode code = new CountryCode("MN");
    tx.begin();
    countries.add(new Country(code, new LocalizedName("Mongolia", "Монголия", "蒙古国")));
    tx.commit();

    try {
      em.clear();
      Country read = countries.byCode(code).orElseThrow();
      assertEquals("Mongolia", read.nameIn(Language.EN));
      assertEquals("Монголия", read.nameIn(Language.RU));
      assertEquals("蒙古国", read.nameIn(Language.ZH));
      assertNotEquals(null, read.id());
    } finally {
      tx.begin();
      em.createQuery("delete from Country c where c.code = :code")
          .setParameter("code", code)
          .executeUpdate();
      tx.commit();
    }
    assertTrue(countries.byCode(code).isEmpty(), "the test country was not cleaned up");
  }
}
