package org.silkway.core.country;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.silkway.core.i18n.Language;
import org.silkway.core.i18n.LocalizedName;

/** A country Silkway reports on, identified by its ISO 3166-1 alpha-2 code. */
@Entity
@Table(name = "country")
@NamedQuery(name = Country.BY_CODE, query = "select c from Country c where c.code = :code")
@NamedQuery(
    name = Country.ALL_BY_ENGLISH_NAME,
    query = "select c from Country c order by c.name.en")
public class Country {

  static final String BY_CODE = "Country.byCode";
  static final String ALL_BY_ENGLISH_NAME = "Country.allByEnglishName";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "code", nullable = false, unique = true, length = 2)
  private CountryCode code;

  @Embedded private LocalizedName name;

  @Version private long version;

  protected Country() {}

  public Country(CountryCode code, LocalizedName name) {
    if (code == null || name == null) {
      throw new IllegalArgumentException("A country needs a code and a name");
    }
    this.code = code;
    this.name = name;
  }

  public Long id() {
    return id;
  }

  public CountryCode code() {
    return code;
  }

  public LocalizedName name() {
    return name;
  }

  public String nameIn(Language language) {
    return name.in(language);
  }

  public long version() {
    return version;
  }
}
