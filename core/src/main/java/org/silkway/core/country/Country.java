package org.silkway.core.country;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import java.util.Map;
import org.hibernate.envers.Audited;
import org.silkway.core.entry.Entry;
import org.silkway.core.entry.EntryType;
import org.silkway.core.i18n.Language;
import org.silkway.core.i18n.LocalizedName;
import org.silkway.core.text.InvalidFieldException;

/**
 * A country Silkway reports on, identified by its ISO 3166-1 alpha-2 code: China, the five Central
 * Asian states, and the external actors around them. Its key is {@code country/<code>}.
 */
@Entity
@Audited
@DiscriminatorValue("COUNTRY")
@NamedQuery(name = Country.BY_CODE, query = "select c from Country c where c.code = :code")
@NamedQuery(
    name = Country.ALL_BY_ROLE_AND_NAME,
    query = "select c from Country c order by c.name.en")
public class Country extends Entry {

  static final String BY_CODE = "Country.byCode";
  static final String ALL_BY_ROLE_AND_NAME = "Country.allByRoleAndName";

  @Column(name = "code", length = 40)
  private CountryCode code;

  @Enumerated(EnumType.STRING)
  @Column(name = "country_role", length = 20)
  private CountryRole role;

  protected Country() {}

  public Country(CountryCode code, CountryRole role, LocalizedName name) {
    super("country/" + code.value(), name);
    if (role == null) {
      throw new IllegalArgumentException("A country needs a role");
    }
    this.code = code;
    this.role = role;
  }

  @Override
  public EntryType type() {
    return EntryType.COUNTRY;
  }

  @Override
  public Map<String, String> attributes() {
    Map<String, String> attributes = super.attributes();
    attributes.put("code", code.value());
    attributes.put("role", role.name());
    return attributes;
  }

  public CountryCode code() {
    return code;
  }

  public CountryRole role() {
    return role;
  }

  public boolean isInTheFramework() {
    return role != CountryRole.EXTERNAL_ACTOR;
  }

  public String nameIn(Language language) {
    return name().in(language);
  }

  /** The role may change; the code is the country's key and may not. */
  @Override
  protected void checkAttributes(Map<String, String> attributes) {
    if (!code.value().equals(attributes.get("code"))) {
      throw new InvalidFieldException(
          "attributes.code", "A country's code is part of its key and cannot change");
    }
    attribute(CountryRole.class, attributes, "role");
  }

  @Override
  protected void applyAttributes(Map<String, String> attributes) {
    role = attribute(CountryRole.class, attributes, "role");
  }
}
