package org.silkway.reports.brief.model;

import java.util.Objects;

/**
 * Which brief: its kind and subject, as URLs name them: {@code COUNTRY KZ}, {@code SECTOR
 * transport}, {@code FRAMEWORK framework}.
 *
 * @param id a country's ISO code (upper case), a sector's key without {@code sector/}, or {@code
 *     framework}
 */
public record BriefSubject(BriefKind kind, String id) {

  public static final String FRAMEWORK_ID = "framework";

  public BriefSubject {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(id, "id");
  }

  public static BriefSubject country(String code) {
    return new BriefSubject(BriefKind.COUNTRY, code);
  }

  public static BriefSubject sector(String slug) {
    return new BriefSubject(BriefKind.SECTOR, slug);
  }

  public static BriefSubject framework() {
    return new BriefSubject(BriefKind.FRAMEWORK, FRAMEWORK_ID);
  }
}
