package org.silkway.web.search;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.silkway.core.browse.Search;
import org.silkway.core.i18n.Language;
import org.silkway.core.i18n.Vocabulary;
import org.silkway.core.search.Audience;
import org.silkway.core.search.RegisterSearch;
import org.silkway.core.search.SearchHit;

/**
 * Backs {@code admin/search.xhtml?q=…}, where the search box in every page's header leads: what
 * editors find, drafts included, each with its status and a link to its entry or source page.
 */
@Named
@RequestScoped
public class AdminSearchPage {

  private static final Vocabulary WORDS = Vocabulary.of(Language.EN);

  @Inject RegisterSearch search;

  private String typed = "";
  private List<FoundRow> rows = List.of();

  @PostConstruct
  void find() {
    String q =
        FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("q");
    if (Search.normalized(q) == null) {
      return;
    }
    typed = q.strip();
    rows =
        search.find(q, Audience.EDITORS, RegisterSearch.MOST_HITS).stream()
            .map(AdminSearchPage::row)
            .toList();
  }

  private static FoundRow row(SearchHit hit) {
    String page = hit.isSource() ? "/admin/source.xhtml?key=" : "/admin/entry.xhtml?key=";
    return new FoundRow(
        hit.name().in(Language.EN),
        hit.name().has(Language.RU) ? hit.name().in(Language.RU) : null,
        hit.name().has(Language.ZH) ? hit.name().in(Language.ZH) : null,
        WORDS.word("type." + hit.type()),
        WORDS.word("status." + hit.status()),
        WORDS.word("search.matched." + hit.matchedIn().name()),
        hit.excerpt(),
        List.of(
            new FoundRow.Link(
                page + URLEncoder.encode(hit.key(), StandardCharsets.UTF_8), hit.key())));
  }

  public boolean isAsked() {
    return !typed.isEmpty();
  }

  public String getTyped() {
    return typed;
  }

  /** How many were found, or that nothing was. */
  public String getSummary() {
    if (rows.isEmpty()) {
      return "Nothing in the register matches “" + typed + "”. Try part of a name or a key.";
    }
    return rows.size()
        + (rows.size() == 1 ? " result" : " results")
        + " for “"
        + typed
        + "”, best first"
        + (rows.size() == RegisterSearch.MOST_HITS ? " (the first " + rows.size() + ")" : "")
        + ".";
  }

  public List<FoundRow> getRows() {
    return rows;
  }
}
