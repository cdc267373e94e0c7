package org.silkway.core.country;

/** The part a country plays around the framework. */
public enum CountryRole {
  CHINA,
  CENTRAL_ASIAN_STATE,
  /** A country whose interests bear on the framework: Russia, the United States, Iran, ... */
  EXTERNAL_ACTOR
}
