package org.silkway.web.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.silkway.core.search.Audience;
import org.silkway.core.search.RegisterSearch;
import org.silkway.core.search.SearchHit;
import org.silkway.reports.brief.BriefListing;
import org.silkway.reports.brief.BriefService;
import org.silkway.reports.brief.model.BriefKind;
import org.silkway.reports.brief.model.BriefSubject;

/** Readers' search: published hits only, each with the briefs that cover it. */
@ApplicationScoped
public class ReaderSearch {

  /** How many hits a reader is shown at most. */
  public static final int MOST = 30;

  @Inject RegisterSearch search;
  @Inject BriefService briefs;

  /** What a reader finds for the typed text, best first; nothing when nothing was typed. */
  public List<ReaderHit> find(String typed) {
    List<SearchHit> hits = search.find(typed, Audience.READERS, MOST);
    if (hits.isEmpty()) {
      return List.of();
    }
    Map<String, List<String>> places =
        search.placesOf(
            hits.stream().filter(h -> !h.isSource()).map(SearchHit::key).toList(),
            BriefService.placingProperties());
    Map<BriefSubject, BriefListing> printed =
        briefs.catalog().stream()
            .collect(Collectors.toMap(BriefListing::subject, Function.identity()));
    return hits.stream().map(hit -> new ReaderHit(hit, briefsOf(hit, places, printed))).toList();
  }

  /**
   * The briefs that print a hit, by the briefs' coverage rule: those of the countries and sectors
   * it is placed in (a country or a sector is placed in itself), and the framework brief for every
   * entry but a framework country, whose own brief prints it. None for a source: it is printed
   * wherever what it supports is.
   */
  private static List<BriefListing> briefsOf(
      SearchHit hit, Map<String, List<String>> places, Map<BriefSubject, BriefListing> printed) {
    if (hit.isSource()) {
      return List.of();
    }
    List<BriefSubject> subjects =
        new ArrayList<>(
            places.getOrDefault(hit.key(), List.of()).stream()
                .map(ReaderSearch::subjectOf)
                .flatMap(Optional::stream)
                .toList());
    boolean frameworkCountry =
        subjectOf(hit.key())
            .filter(own -> own.kind() == BriefKind.COUNTRY && printed.containsKey(own))
            .isPresent();
    if (!frameworkCountry) {
      subjects.add(BriefSubject.framework());
    }
    return subjects.stream().map(printed::get).filter(Objects::nonNull).distinct().toList();
  }

  /** The brief a country's or a sector's entry key names: {@code country/KZ} → countries/KZ. */
  private static Optional<BriefSubject> subjectOf(String entryKey) {
    if (entryKey.startsWith("country/")) {
      return Optional.of(BriefSubject.country(entryKey.substring("country/".length())));
    }
    if (entryKey.startsWith("sector/")) {
      return Optional.of(BriefSubject.sector(entryKey.substring("sector/".length())));
    }
    return Optional.empty();
  }
}
