package org.silkway.web.search;

import java.util.List;
import org.silkway.core.search.SearchHit;
import org.silkway.reports.brief.BriefListing;

/**
 * What a reader found, and the briefs that cover it (the countries and sectors its published claims
 * place it in, of those that have a brief); none for a source or an entry placed nowhere.
 */
public record ReaderHit(SearchHit hit, List<BriefListing> briefs) {

  public ReaderHit {
    briefs = List.copyOf(briefs);
  }
}
