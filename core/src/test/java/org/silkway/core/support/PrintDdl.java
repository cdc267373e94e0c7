package org.silkway.core.support;

import java.util.Map;

public class PrintDdl {
  public static void main(String[] args) {
    var h2 = TestDatabase.valueOf(args[0]).freshDataSource();
    var f =
        jakarta.persistence.Persistence.createEntityManagerFactory(
            "silkway",
            Map.of(
                "jakarta.persistence.transactionType", "RESOURCE_LOCAL",
                "hibernate.connection.datasource", h2,
                "jakarta.persistence.nonJtaDataSource", h2,
                "hibernate.transaction.jta.platform",
                    "org.hibernate.engine.transaction.jta.platform.internal.NoJtaPlatform",
                "jakarta.persistence.schema-generation.scripts.action", "create",
                "jakarta.persistence.schema-generation.scripts.create-target", args[1],
                "hibernate.format_sql", "true"));
    f.close();
  }
}
