package org.silkway.web.admin.entry;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;
import org.silkway.core.browse.EntrySummary;
import org.silkway.core.browse.RegisterBrowser;
import org.silkway.core.entry.EntryType;
import org.silkway.web.admin.support.NotFound;

/** Backs {@code admin/entries.xhtml?type=project}: the entries of one type, read-only. */
@Named
@RequestScoped
public class EntriesPage {

  @Inject RegisterBrowser browser;

  private String type = EntryType.COUNTRY.slug();
  private List<EntrySummary> rows;

  public String getType() {
    return type;
  }

  /** From the URL, checked by {@link #requireKnownType()} before the page renders. */
  public void setType(String type) {
    this.type = type;
  }

  /** An unknown type is a 404, not another type's list. */
  public void requireKnownType() {
    if (EntryType.fromSlug(type).isEmpty()) {
      NotFound.answer();
    }
  }

  public List<EntrySummary> getRows() {
    if (rows == null) {
      rows = browser.entriesOf(EntryType.fromSlug(type).orElseThrow());
    }
    return rows;
  }

  /** The type slugs, for the navigation between the lists. */
  public List<String> getTypes() {
    return Arrays.stream(EntryType.values()).map(EntryType::slug).toList();
  }
}
