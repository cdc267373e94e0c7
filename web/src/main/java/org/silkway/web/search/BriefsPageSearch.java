package org.silkway.web.search;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Locale;
import org.silkway.core.browse.Search;
import org.silkway.core.i18n.Language;
import org.silkway.core.i18n.Vocabulary;
import org.silkway.core.search.SearchHit;
import org.silkway.reports.brief.BriefListing;

/**
 * The search box of {@code briefs.xhtml} ({@code ?q=kashgar}): what readers find, each hit with
 * links to the rows of the briefs that cover it, further down the same page.
 */
@Named
@RequestScoped
public class BriefsPageSearch {

  private static final Vocabulary WORDS = Vocabulary.of(Language.EN);

  @Inject ReaderSearch search;

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
    rows = search.find(q).stream().map(BriefsPageSearch::row).toList();
  }

  private static FoundRow row(ReaderHit found) {
    SearchHit hit = found.hit();
    List<FoundRow.Link> briefs =
        found.briefs().stream()
            .map(brief -> new FoundRow.Link(rowAnchor(brief), brief.titles().get(Language.EN)))
            .toList();
    return new FoundRow(
        hit.name().in(Language.EN),
        hit.name().has(Language.RU) ? hit.name().in(Language.RU) : null,
        hit.name().has(Language.ZH) ? hit.name().in(Language.ZH) : null,
        WORDS.word("type." + hit.type()),
        WORDS.word("status." + hit.status()),
        WORDS.word("search.matched." + hit.matchedIn().name()),
        hit.excerpt(),
        briefs);
  }

  /** The brief's row on this page: {@code #brief-country-KZ}, as {@code briefs.xhtml} ids it. */
  private static String rowAnchor(BriefListing brief) {
    return "#brief-"
        + brief.subject().kind().name().toLowerCase(Locale.ROOT)
        + "-"
        + brief.subject().id();
  }

  /** Whether the reader asked for something (the results section shows). */
  public boolean isAsked() {
    return !typed.isEmpty();
  }

  /** What the reader typed, for the field. */
  public String getTyped() {
    return typed;
  }

  /** "3 results for “kashgar”, best first", or that nothing matched and what to try. */
  public String getSummary() {
    return rows.isEmpty()
        ? WORDS.word("page.search.none", typed)
        : WORDS.word("page.search.found", rows.size(), typed);
  }

  public List<FoundRow> getRows() {
    return rows;
  }
}
