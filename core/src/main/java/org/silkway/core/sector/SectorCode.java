package org.silkway.core.sector;

/** Silkway's curated sectors of cooperation. */
public enum SectorCode {
  ENERGY,
  TRANSPORT,
  TRADE,
  INDUSTRY_INVESTMENT,
  AGRICULTURE,
  GREEN_DEVELOPMENT,
  DIGITAL_AI,
  PEOPLE_TO_PEOPLE,
  SECURITY,
  POLITICAL_INSTITUTIONAL
}
