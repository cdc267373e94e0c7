package org.silkway.web.admin.history;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.silkway.core.browse.EntryDetail;
import org.silkway.core.browse.RegisterBrowser;
import org.silkway.core.revision.EntryDiff;
import org.silkway.core.revision.EntryRevisions;
import org.silkway.web.admin.support.NotFound;

/**
 * Backs {@code admin/diff.xhtml?key=KEY&from=R1&to=R2[&lang=ru]}: the entry at two of its revisions
 * side by side, difference by difference. Without {@code from} and {@code to}, from its first
 * revision to its last. A key or revision that names nothing is a 404.
 */
@Named
@RequestScoped
public class DiffPage {

  @Inject RegisterBrowser browser;
  @Inject EntryRevisions revisions;

  private String key;
  private Long from;
  private Long to;
  private String lang;
  private EntryDetail entry;
  private EntryDiff diff;
  private List<Long> all;

  public void load() {
    entry = key == null ? null : browser.entry(key).orElse(null);
    all = entry == null ? List.of() : revisions.revisions(key);
    if (all.isEmpty()) {
      NotFound.answer();
      return;
    }
    long start = from == null ? all.get(0) : from;
    long end = to == null ? all.get(all.size() - 1) : to;
    diff = revisions.diff(key, start, end, ReaderLanguage.of(lang)).orElse(null);
    if (diff == null) {
      NotFound.answer();
    }
  }

  public EntryDetail getEntry() {
    return entry;
  }

  public EntryDiff getDiff() {
    return diff;
  }

  /** Every revision of the entry, for the two choices. */
  public List<Long> getRevisions() {
    return all;
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

  public Long getFrom() {
    return diff == null ? from : Long.valueOf(diff.from().revision());
  }

  public void setFrom(Long from) {
    this.from = from;
  }

  public Long getTo() {
    return diff == null ? to : Long.valueOf(diff.to().revision());
  }

  public void setTo(Long to) {
    this.to = to;
  }

  public String getLang() {
    return lang;
  }

  public void setLang(String lang) {
    this.lang = lang;
  }
}
