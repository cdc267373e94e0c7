package org.silkway.web.briefs;

/** One download link of a brief: its language's name, where it goes and what it gives. */
public class BriefLink {

  private final String tag;
  private final String label;
  private final String href;
  private final String type;

  BriefLink(String tag, String label, String href, String type) {
    this.tag = tag;
    this.label = label;
    this.href = href;
    this.type = type;
  }

  /** The media type of the file it gives, for the link's {@code type}. */
  public String getType() {
    return type;
  }

  /** {@code en}, {@code ru}, {@code zh}: the language of the brief, for {@code hreflang}. */
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
