package org.silkway.core.persistence;

/** Names shared by every module that touches the database. */
public final class SilkwayDatabase {

  /**
   * The JNDI name of Silkway's data source. It is application-scoped so that the same name works in
   * the WAR on Payara Micro and in the EAR on Payara Server.
   */
  public static final String DATA_SOURCE = "java:app/jdbc/silkway";

  /** The persistence unit declared in {@code META-INF/persistence.xml}. */
  public static final String PERSISTENCE_UNIT = "silkway";

  private SilkwayDatabase() {}
}
