package org.silkway.web.platform;

import jakarta.annotation.sql.DataSourceDefinition;

/**
 * Declares Silkway's data source. Its settings are MicroProfile Config keys, so an operator points
 * Silkway at PostgreSQL with environment variables ({@code SILKWAY_DB_URL}, ...) or system
 * properties, with no file to edit. Without any, Silkway uses an H2 database in {@code
 * ~/.silkway/}.
 *
 * <p>The class is a {@link javax.sql.DataSource}, not a {@link java.sql.Driver}: Payara loads a
 * driver class with its own class loader, which cannot see the drivers in {@code WEB-INF/lib}, but
 * it loads a data source class from the application.
 *
 * <p>The defaults are written here and not in {@code microprofile-config.properties} because Payara
 * resolves these expressions before an application's own config source is read.
 *
 * <p>The pool survives a database restart by itself: it checks a connection ({@code
 * Connection.isValid}, which works for H2 and PostgreSQL alike) before handing it out, and when one
 * is dead it drops them all, since a restart killed every one of them. Without this, dead
 * connections stayed pooled for minutes after a PostgreSQL restart. A request waits at most 10 s
 * for a connection and a new connection at most 5 s for the database, so that an outage is answered
 * promptly with a 503 instead of hanging request threads.
 */
@DataSourceDefinition(
    name = "java:app/jdbc/silkway",
    className = "${MPCONFIG=silkway.db.datasource-class:org.h2.jdbcx.JdbcDataSource}",
    url = "${MPCONFIG=silkway.db.url:jdbc:h2:~/.silkway/silkway}",
    user = "${MPCONFIG=silkway.db.user:silkway}",
    password = "${MPCONFIG=silkway.db.password:silkway}",
    minPoolSize = 1,
    maxPoolSize = 20,
    loginTimeout = 5,
    properties = {
      "fish.payara.is-connection-validation-required=true",
      "fish.payara.connection-validation-method=custom-validation",
      "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.JDBC40ConnectionValidation",
      "fish.payara.fail-all-connections=true",
      "fish.payara.max-wait-time-in-millis=10000"
    })
public class SilkwayDataSource {}
