package org.silkway.web.briefs;

import java.util.List;

/** The briefs of one kind under their heading: Countries, Sectors, Framework. */
public class BriefGroup {

  private final String kind;
  private final String heading;
  private final List<BriefRow> rows;

  BriefGroup(String kind, String heading, List<BriefRow> rows) {
    this.kind = kind;
    this.heading = heading;
    this.rows = List.copyOf(rows);
  }

  /** {@code country}, {@code sector}, {@code framework}: for ids and styles. */
  public String getKind() {
    return kind;
  }

  public String getHeading() {
    return heading;
  }

  public List<BriefRow> getRows() {
    return rows;
  }
}
