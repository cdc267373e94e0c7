package org.silkway.web.admin.country;

import org.silkway.core.country.Country;
import org.silkway.core.country.CountryRole;
import org.silkway.core.i18n.Language;

/** One row of the countries table, with getters because Faces 4.0 EL does not read records. */
public class CountryRow {

  private final String code;
  private final String nameEn;
  private final String nameRu;
  private final String nameZh;
  private final String role;
  private final boolean hasBrief;

  CountryRow(
      String code, String nameEn, String nameRu, String nameZh, String role, boolean hasBrief) {
    this.code = code;
    this.nameEn = nameEn;
    this.nameRu = nameRu;
    this.nameZh = nameZh;
    this.role = role;
    this.hasBrief = hasBrief;
  }

  static CountryRow of(Country country) {
    return new CountryRow(
        country.code().value(),
        country.nameIn(Language.EN),
        country.nameIn(Language.RU),
        country.nameIn(Language.ZH),
        country.role().name().toLowerCase().replace('_', ' '),
        country.role() != CountryRole.EXTERNAL_ACTOR);
  }

  public String getCode() {
    return code;
  }

  public String getNameEn() {
    return nameEn;
  }

  public String getNameRu() {
    return nameRu;
  }

  public String getNameZh() {
    return nameZh;
  }

  public String getRole() {
    return role;
  }

  /** Whether the country has a brief of its own: the six framework countries do. */
  public boolean isHasBrief() {
    return hasBrief;
  }
}
