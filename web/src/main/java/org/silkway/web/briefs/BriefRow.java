package org.silkway.web.briefs;

import java.util.List;

/**
 * One brief on the page: its title in each language and its three links. Getters, because Faces 4.0
 * EL does not read records.
 */
public class BriefRow {

  private final String subject;
  private final String titleEn;
  private final String titleRu;
  private final String titleZh;
  private final List<BriefLink> links;

  BriefRow(String subject, String titleEn, String titleRu, String titleZh, List<BriefLink> links) {
    this.subject = subject;
    this.titleEn = titleEn;
    this.titleRu = titleRu;
    this.titleZh = titleZh;
    this.links = List.copyOf(links);
  }

  /** {@code KZ}, {@code transport}, {@code framework}. */
  public String getSubject() {
    return subject;
  }

  public String getTitleEn() {
    return titleEn;
  }

  public String getTitleRu() {
    return titleRu;
  }

  public String getTitleZh() {
    return titleZh;
  }

  public List<BriefLink> getLinks() {
    return links;
  }
}
