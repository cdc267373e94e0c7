package org.silkway.web.search;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.silkway.core.search.Audience;
import org.silkway.core.search.RegisterSearch;
import org.silkway.core.search.SearchHit;

/**
 * Backs {@code admin/search.xhtml?q=…}, where the search box in every page's header leads: what
 * editors find, drafts included, each with its status and a link to its entry or source page.
 */
@Named
@RequestScoped
public class AdminSearchPage extends SearchPage {

  @Inject RegisterSearch search;

  @Override
  List<FoundRow> search(String typed) {
    return search.find(typed, Audience.EDITORS, RegisterSearch.MOST_HITS).stream()
        .map(hit -> FoundRow.of(hit, List.of(pageOf(hit))))
        .toList();
  }

  private static FoundRow.Link pageOf(SearchHit hit) {
    String page = hit.isSource() ? "/admin/source.xhtml?key=" : "/admin/entry.xhtml?key=";
    return new FoundRow.Link(
        page + URLEncoder.encode(hit.key(), StandardCharsets.UTF_8), hit.key());
  }

  /** How many were found, or that nothing was. */
  public String getSummary() {
    int found = getRows().size();
    if (found == 0) {
      return "Nothing in the register matches “" + getTyped() + "”. Try part of a name or a key.";
    }
    return found
        + (found == 1 ? " result" : " results")
        + " for “"
        + getTyped()
        + "”, best first"
        + (found == RegisterSearch.MOST_HITS ? " (the first " + found + ")" : "")
        + ".";
  }
}
