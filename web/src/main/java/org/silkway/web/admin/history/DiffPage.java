package org.silkway.web.admin.history;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.silkway.core.browse.EntryDetail;
import org.silkway.core.browse.RegisterBrowser;
import org.silkway.core.curation.EntryEditing;
import org.silkway.core.revision.EntryDiff;
import org.silkway.core.revision.EntryRevisions;
import org.silkway.web.admin.support.Attempt;
import org.silkway.web.admin.support.FormMessages;
import org.silkway.web.admin.support.NotFound;

/**
 * Backs {@code admin/diff.xhtml?key=KEY&from=R1&to=R2[&lang=ru]}: the entry at two of its revisions
 * side by side, difference by difference. Without {@code from} and {@code to}, from its first
 * revision to its last. A key or revision that names nothing is a 404.
 */
@Named
@ViewScoped
public class DiffPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject RegisterBrowser browser;
  @Inject EntryRevisions revisions;
  @Inject EntryEditing editing;

  private String key;
  private Long from;
  private Long to;
  private String lang;
  // Read again when missing (after the view is restored for a restore button): only the address's
  // parameters travel with the view.
  private transient EntryDetail entry;
  private transient EntryDiff diff;
  private transient List<Long> all;
  private transient boolean loaded;

  /** On opening the page: a key or revision that names nothing is a 404. */
  public void load() {
    read();
    if (diff == null) {
      NotFound.answer();
    }
  }

  private void read() {
    if (loaded) {
      return;
    }
    loaded = true;
    entry = key == null ? null : browser.entry(key).orElse(null);
    all = entry == null ? List.of() : revisions.revisions(key);
    if (all.isEmpty()) {
      return;
    }
    if (from == null) {
      from = all.get(0);
    }
    if (to == null) {
      to = all.get(all.size() - 1);
    }
    diff = revisions.diff(key, from, to, ReaderLanguage.of(lang)).orElse(null);
  }

  /**
   * Restores a claim to its value at the left-hand revision. A change like any other: it waits for
   * review; the entry page says so after the redirect.
   */
  public String restore(String claimKey, String label) {
    EntryDetail current = browser.entry(key).orElse(null);
    if (current == null || from == null) {
      return null;
    }
    long at = from;
    Attempt.run(
        version -> editing.revertClaim(key, version, claimKey, at),
        current.review().version(),
        field -> null);
    if (!Attempt.saved()) {
      return null;
    }
    FormMessages.done(
        "Restored "
            + label
            + " as it was at revision "
            + at
            + ": the restore waits for review like any change.");
    return "/admin/entry?faces-redirect=true&key="
        + java.net.URLEncoder.encode(key, java.nio.charset.StandardCharsets.UTF_8);
  }

  /**
   * Restores the whole entry to the left-hand revision: every claim of then, what was added since
   * retracted, the names of then. One change, waiting for review like any other.
   */
  public String restoreEntry() {
    EntryDetail current = browser.entry(key).orElse(null);
    if (current == null || from == null) {
      return null;
    }
    long at = from;
    Attempt.run(
        version -> editing.revertEntry(key, version, at),
        current.review().version(),
        field -> null);
    if (!Attempt.saved()) {
      return null;
    }
    FormMessages.done(
        "Restored the entry as it was at revision "
            + at
            + ": the restore waits for review like any change.");
    return entryAddress();
  }

  /** Whether the whole entry can be restored to the left-hand revision: something changed since. */
  public boolean isEntryRestorable() {
    return getDiff() != null
        && !getDiff().changes().isEmpty()
        && getEntry().review().editable()
        && from != null
        && to != null
        && from < to;
  }

  private String entryAddress() {
    return entryAddress();
  }

  /** Whether a difference is one a claim can be restored from: it had a value on the left. */
  public boolean restorable(org.silkway.core.revision.Difference d) {
    return d.claim() != null
        && d.before() != null
        && !d.before().isBlank()
        && getEntry() != null
        && getEntry().review().editable()
        && switch (d.kind()) {
          case CHANGED, REMOVED, CITATIONS -> true;
          default -> false;
        };
  }

  public EntryDetail getEntry() {
    read();
    return entry;
  }

  public EntryDiff getDiff() {
    read();
    return diff;
  }

  /** Every revision of the entry, for the two choices. */
  public List<Long> getRevisions() {
    read();
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
    return from;
  }

  public void setFrom(Long from) {
    this.from = from;
  }

  public Long getTo() {
    return to;
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
