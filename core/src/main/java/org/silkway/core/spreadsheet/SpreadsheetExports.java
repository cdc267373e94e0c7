package org.silkway.core.spreadsheet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.silkway.core.browse.EntryFilter;
import org.silkway.core.browse.EntryList;
import org.silkway.core.browse.EntryRow;
import org.silkway.core.entry.Entry;
import org.silkway.core.entry.EntryRepository;
import org.silkway.core.history.PublishedRegister;
import org.silkway.core.history.RegisterHistory;
import org.silkway.core.history.RegisterRevision;
import org.silkway.core.persistence.Pages;
import org.silkway.core.spreadsheet.SpreadsheetWriter.SheetData;

/**
 * What is taken out as spreadsheets, read in one transaction and handed over as sheets of text to
 * write after it: the published register as readers see it, and an editors' list with its filters,
 * drafts and proposed changes included.
 */
@ApplicationScoped
public class SpreadsheetExports {

  /** The published register as sheets, and the revision they are exactly. */
  public record PublishedSheets(RegisterRevision revision, List<SheetData> sheets) {}

  private EntryRepository entries;
  private EntryList lists;
  private RegisterHistory history;

  protected SpreadsheetExports() {}

  /** For use outside a container (tools, tests). */
  public SpreadsheetExports(EntityManager em) {
    this(new EntryRepository(em), new EntryList(em), new RegisterHistory(em));
  }

  @Inject
  public SpreadsheetExports(EntryRepository entries, EntryList lists, RegisterHistory history) {
    this.entries = entries;
    this.lists = lists;
    this.history = history;
  }

  /**
   * Every published entry with its published claims, a sheet per type, read from the published
   * register at one revision (the current one), which it names.
   */
  @Transactional
  public PublishedSheets publishedRegister() {
    return history.read(
        Optional.empty(),
        register ->
            new PublishedSheets(
                register.revision(),
                SpreadsheetExport.sheets(register.entries(), PublishedRegister::claimsOf)));
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
