package org.silkway.web.search;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Locale;
import org.silkway.core.i18n.Language;
import org.silkway.core.i18n.Vocabulary;
import org.silkway.reports.brief.BriefListing;

/**
 * The search box of {@code briefs.xhtml} ({@code ?q=kashgar}): what readers find, each hit with
 * links to the rows of the briefs that cover it, further down the same page.
 */
@Named
@RequestScoped
public class BriefsPageSearch extends SearchPage {

  private static final Vocabulary WORDS = Vocabulary.of(Language.EN);

  @Inject ReaderSearch search;

  @Override
  List<FoundRow> search(String typed) {
    return search.find(typed).stream()
        .map(
            found ->
                FoundRow.of(
                    found.hit(),
                    found.briefs().stream()
                        .map(
                            brief ->
                                new FoundRow.Link(
                                    rowAnchor(brief), brief.titles().get(Language.EN)))
                        .toList()))
        .toList();
  }

  /** The brief's row on this page: {@code #brief-country-KZ}, as {@code briefs.xhtml} ids it. */
  private static String rowAnchor(BriefListing brief) {
    return "#brief-"
        + brief.subject().kind().name().toLowerCase(Locale.ROOT)
        + "-"
        + brief.subject().id();
  }

  /** "3 results for “kashgar”, best first", or that nothing matched and what to try. */
  public String getSummary() {
    return getRows().isEmpty()
        ? WORDS.word("page.search.none", getTyped())
        : WORDS.word("page.search.found", getRows().size(), getTyped());
  }
}
