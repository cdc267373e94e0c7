package org.silkway.web.briefs;

import java.util.List;

/**
 * One brief on the page: its title in each language and its links, three per format. Getters,
 * because Faces 4.0 EL does not read records.
 */
public class BriefRow {

  private final String subject;
  private final String titleEn;
  private final String titleRu;
  private final String titleZh;
  private final List<BriefLink> links;
  private final List<BriefLink> docxLinks;
  private final List<BriefLink> changes;
  private final List<BriefLink> docxChanges;

  BriefRow(
      String subject,
      String titleEn,
      String titleRu,
      String titleZh,
      List<BriefLink> links,
      List<BriefLink> docxLinks,
      List<BriefLink> changes,
      List<BriefLink> docxChanges) {
    this.subject = subject;
    this.titleEn = titleEn;
    this.titleRu = titleRu;
    this.titleZh = titleZh;
    this.links = List.copyOf(links);
    this.docxLinks = List.copyOf(docxLinks);
    this.changes = List.copyOf(changes);
    this.docxChanges = List.copyOf(docxChanges);
  }

  /** Its "what changed since" PDFs, one per language; empty when no day was chosen. */
  public List<BriefLink> getChanges() {
    return changes;
  }

  /** The same as Word documents. */
  public List<BriefLink> getDocxChanges() {
    return docxChanges;
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

  /** Its PDFs, one per language. */
  public List<BriefLink> getLinks() {
    return links;
  }

  /** Its Word documents, one per language. */
  public List<BriefLink> getDocxLinks() {
    return docxLinks;
  }
}
