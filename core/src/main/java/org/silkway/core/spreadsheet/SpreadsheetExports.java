package org.silkway.core.spreadsheet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import org.silkway.core.browse.EntryFilter;
import org.silkway.core.browse.EntryList;
import org.silkway.core.browse.EntryRow;
import org.silkway.core.entry.Entry;
import org.silkway.core.entry.EntryRepository;
import org.silkway.core.persistence.Pages;
import org.silkway.core.spreadsheet.SpreadsheetWriter.SheetData;

/**
 * What is taken out as spreadsheets, read in one transaction and handed over as sheets of text to
 * write after it: the published register as readers see it, and an editors' list with its filters,
 * drafts and proposed changes included.
 */
@ApplicationScoped
public class SpreadsheetExports {

  private EntryRepository entries;
  private EntryList lists;

  protected SpreadsheetExports() {}

  /** For use outside a container (tools, tests). */
  public SpreadsheetExports(EntityManager em) {
    this(new EntryRepository(em), new EntryList(em));
  }

  @Inject
  public SpreadsheetExports(EntryRepository entries, EntryList lists) {
    this.entries = entries;
    this.lists = lists;
  }

  /** Every published entry with its published claims, a sheet per type. */
  @Transactional
  public List<SheetData> publishedRegister() {
    return SpreadsheetExport.sheets(entries.published(), Entry::claims);
  }

  /**
   * The entries of an editors' list, as the filter lets them through, with the claims editors work
   * on (published and draft), in the list's order by key.
   */
  @Transactional
  public List<SheetData> list(EntryFilter filter) {
    long count = lists.count(filter);
    List<Entry> found = new ArrayList<>();
    // The list gives its rows a page at a time; each page's entries are loaded in one query.
    for (int first = 0; first < count; first += Pages.MOST_ROWS) {
      List<String> keys =
          lists.page(filter, first, Pages.MOST_ROWS, "key", true).stream()
              .map(EntryRow::key)
              .toList();
      if (keys.isEmpty()) {
        break;
      }
      found.addAll(entries.byKeys(keys));
    }
    return SpreadsheetExport.sheets(found, Entry::workingClaims);
  }
}
