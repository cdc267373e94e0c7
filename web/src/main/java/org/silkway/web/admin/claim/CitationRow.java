package org.silkway.web.admin.claim;

import java.io.Serializable;
import org.silkway.core.curation.CitationInput;
import org.silkway.core.curation.NewSource;
import org.silkway.core.source.SourceKind;

/**
 * One citation on the claim form, as typed: a source chosen in the picker ("Title [key]") or a new
 * source described in place, and the excerpt.
 */
public class CitationRow implements Serializable {

  private static final long serialVersionUID = 1L;

  private String source;
  private String excerpt;
  private boolean newSource;
  private String title;
  private SourceKind kind = SourceKind.ARTICLE;
  private String language = "en";
  private String outlet;
  private String url;

  /** A row that starts with a source chosen ("Title [key]") and its excerpt. */
  static CitationRow of(String source, String excerpt) {
    CitationRow row = new CitationRow();
    row.source = source;
    row.excerpt = excerpt;
    return row;
  }

  CitationInput toInput() {
    return newSource
        ? new CitationInput(null, new NewSource(title, kind, language, outlet, url), excerpt)
        : CitationInput.of(Picks.keyOf(source), excerpt);
  }

  public String getSource() {
    return source;
  }

  public void setSource(String source) {
    this.source = source;
  }

  public String getExcerpt() {
    return excerpt;
  }

  public void setExcerpt(String excerpt) {
    this.excerpt = excerpt;
  }

  public boolean isNewSource() {
    return newSource;
  }

  public void setNewSource(boolean newSource) {
    this.newSource = newSource;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public SourceKind getKind() {
    return kind;
  }

  public void setKind(SourceKind kind) {
    this.kind = kind;
  }

  public String getLanguage() {
    return language;
  }

  public void setLanguage(String language) {
    this.language = language;
  }

  public String getOutlet() {
    return outlet;
  }

  public void setOutlet(String outlet) {
    this.outlet = outlet;
  }

  public String getUrl() {
    return url;
  }

  public void setUrl(String url) {
    this.url = url;
  }
}
