package org.silkway.web.platform;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.silkway.web.platform.failure.Failures;

/**
 * Ready means the database answers: {@code GET /health/ready}. Anyone may ask, so the answer is UP
 * or DOWN and nothing more; why the database does not answer goes to the log.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

  private static final int TIMEOUT_SECONDS = 2;

  @Resource(lookup = "java:app/jdbc/silkway")
  private DataSource dataSource;

  @Override
  public HealthCheckResponse call() {
    return HealthCheckResponse.named("database").status(databaseAnswers()).build();
  }

  private boolean databaseAnswers() {
    try (Connection connection = dataSource.getConnection()) {
      return connection.isValid(TIMEOUT_SECONDS);
    } catch (SQLException e) {
      // Logged once per outage with the requests it fails, not at every probe.
      Failures.databaseUnavailable("the readiness check", e);
      return false;
    }
  }
}
