package org.silkway.web.briefs;

/** One download link of a brief: its language's name and where it goes. */
public class BriefLink {

  private final String tag;
  private final String label;
  private final String href;

  BriefLink(String tag, String label, String href) {
    this.tag = tag;
    this.label = label;
    this.href = href;
  }

  /** {@code en}, {@code ru}, {@code zh}: the language of the PDF, for {@code hreflang}. */
  public String getTag() {
    return tag;
  }

  public String getLabel() {
    return label;
  }

  /** Relative to the context root: {@code /api/briefs/countries/KZ.pdf?lang=en}. */
  public String getHref() {
    return href;
  }
}
