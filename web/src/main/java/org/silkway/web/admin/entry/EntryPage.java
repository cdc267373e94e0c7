package org.silkway.web.admin.entry;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.silkway.core.browse.EntryDetail;
import org.silkway.core.browse.RegisterBrowser;
import org.silkway.web.admin.support.NotFound;

/** Backs {@code admin/entry.xhtml?key=project/cku-railway}: one entry and its evidence. */
@Named
@RequestScoped
public class EntryPage {

  @Inject RegisterBrowser browser;

  private String key;
  private EntryDetail entry;
  private boolean loaded;

  public String getKey() {
    return key;
  }

  public void setKey(String key) {
    this.key = key;
  }

  /** A key that names no entry is a 404. */
  public void requireEntry() {
    if (getEntry() == null) {
      NotFound.answer();
    }
  }

  /** The entry, or null when no entry has that key. */
  public EntryDetail getEntry() {
    if (!loaded) {
      entry = key == null ? null : browser.entry(key).orElse(null);
      loaded = true;
    }
    return entry;
  }
}
