package org.silkway.web.admin.history;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.silkway.core.browse.EntryDetail;
import org.silkway.core.browse.RegisterBrowser;
import org.silkway.core.revision.EntryRevisions;
import org.silkway.core.revision.HistoryStep;
import org.silkway.web.admin.support.NotFound;

/**
 * Backs {@code admin/history.xhtml?key=project/cku-railway[&lang=ru]}: every revision of the entry,
 * newest first, with who made it, when, whether it was published, and what it changed, old and new
 * values as a reader of the chosen language reads them. Read-only, so stateless.
 */
@Named
@RequestScoped
public class HistoryPage {

  @Inject RegisterBrowser browser;
  @Inject EntryRevisions revisions;

  private String key;
  private String lang;
  private EntryDetail entry;
  private List<HistoryStep> steps;

  /** A key that names no entry is a 404. */
  public void load() {
    entry = key == null ? null : browser.entry(key).orElse(null);
    if (entry == null) {
      NotFound.answer();
      return;
    }
    List<HistoryStep> oldestFirst = revisions.history(key, ReaderLanguage.of(lang));
    steps = new ArrayList<>(oldestFirst);
    Collections.reverse(steps);
  }

  public EntryDetail getEntry() {
    return entry;
  }

  /** Newest first. */
  public List<HistoryStep> getSteps() {
    return steps == null ? List.of() : steps;
  }

  /** The revision before this step's, for a link to the diff; 0 for the first. */
  public long previous(HistoryStep step) {
    int at = steps.indexOf(step);
    return at + 1 < steps.size() ? steps.get(at + 1).version().revision() : 0;
  }

  public String getLanguage() {
    return ReaderLanguage.of(lang).tag();
  }

  public String getKey() {
    return key;
  }

  public void setKey(String key) {
    this.key = key;
  }

  public String getLang() {
    return lang;
  }

  public void setLang(String lang) {
    this.lang = lang;
  }
}
