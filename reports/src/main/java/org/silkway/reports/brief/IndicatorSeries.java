package org.silkway.reports.brief;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.silkway.core.claim.Claim;
import org.silkway.core.claim.ClaimKind;
import org.silkway.core.indicator.Indicator;

/** An indicator's observations grouped by the period they are for, earliest first. */
final class IndicatorSeries {

  /** The headline series of the framework: China–Central Asia trade. */
  static final String TRADE = "indicator/china-central-asia-trade";

  private IndicatorSeries() {}

  static List<List<Claim>> byPeriod(Indicator indicator) {
    Map<String, List<Claim>> points = new LinkedHashMap<>();
    indicator.claimsAbout("observation").stream()
        .sorted(
            Comparator.comparing(
                    (Claim c) -> c.appliesTo() == null ? "" : c.appliesTo().earliest().toString())
                .thenComparingInt(Claim::sortOrder))
        .forEach(
            c ->
                points
                    .computeIfAbsent(
                        c.appliesTo() == null ? "" : c.appliesTo().toString(),
                        k -> new ArrayList<>())
                    .add(c));
    return List.copyOf(points.values());
  }

  /**
   * The observations of the latest period a source states as fact; the latest forecast only when
   * there is nothing else. A headline figure is what was, not what is hoped for.
   */
  static Optional<List<Claim>> latest(Indicator indicator) {
    List<List<Claim>> series = byPeriod(indicator);
    for (int i = series.size() - 1; i >= 0; i--) {
      if (series.get(i).stream().anyMatch(c -> c.kind() != ClaimKind.FORECAST)) {
        return Optional.of(series.get(i));
      }
    }
    return series.isEmpty() ? Optional.empty() : Optional.of(series.get(series.size() - 1));
  }
}
