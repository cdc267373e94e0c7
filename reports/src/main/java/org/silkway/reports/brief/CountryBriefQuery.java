package org.silkway.reports.brief;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Arrays;
import java.util.Optional;
import org.silkway.core.country.Country;
import org.silkway.core.country.CountryCode;
import org.silkway.core.country.CountryRepository;
import org.silkway.core.entry.EntryStatus;
import org.silkway.core.i18n.Language;

/** Assembles a {@link CountryBrief} from the register. */
@ApplicationScoped
public class CountryBriefQuery {

  private final CountryRepository countries;
  private final Clock clock;

  @Inject
  public CountryBriefQuery(CountryRepository countries) {
    this(countries, Clock.systemUTC());
  }

  CountryBriefQuery(CountryRepository countries, Clock clock) {
    this.countries = countries;
    this.clock = clock;
  }

  /** CDI needs a no-argument constructor for the client proxy. */
  protected CountryBriefQuery() {
    this(null, Clock.systemUTC());
  }

  /**
   * The brief of the country with that code, or empty when Silkway has no such published country:
   * drafts and archived entries never reach a brief.
   */
  public Optional<CountryBrief> forCountry(CountryCode code, Language language) {
    return countries
        .byCode(code)
        .filter(country -> country.status() == EntryStatus.PUBLISHED)
        .map(country -> assemble(country, language));
  }

  private CountryBrief assemble(Country country, Language language) {
    return new CountryBrief(
        country.code().value(),
        country.nameIn(language),
        Arrays.stream(Language.values())
            .filter(other -> other != language && country.name().has(other))
            .map(country::nameIn)
            .toList(),
        language,
        clock.instant());
  }
}
