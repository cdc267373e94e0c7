package org.silkway.web.admin.country;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.silkway.core.country.CountryRepository;

/** Backs {@code admin/countries.xhtml}: the countries of the framework, read-only. */
@Named
@RequestScoped
public class CountriesPage {

  @Inject CountryRepository countries;

  private List<CountryRow> rows;

  public List<CountryRow> getRows() {
    if (rows == null) {
      rows = countries.all().stream().map(CountryRow::of).toList();
    }
    return rows;
  }
}
