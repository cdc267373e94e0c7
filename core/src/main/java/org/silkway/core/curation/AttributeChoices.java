package org.silkway.core.curation;

import java.util.Arrays;
import java.util.List;
import org.silkway.core.claim.Unit;
import org.silkway.core.country.CountryRole;
import org.silkway.core.document.DocumentType;
import org.silkway.core.entry.EntryType;
import org.silkway.core.event.EventKind;
import org.silkway.core.organization.OrganizationKind;
import org.silkway.core.register.EntryFactory;
import org.silkway.core.sector.SectorCode;

/**
 * The attributes a type of entry takes, and the values each may have: the new-entry form's lists.
 */
public final class AttributeChoices {

  private AttributeChoices() {}

  /** The attribute names of the type, in a stable order. */
  public static List<String> of(EntryType type) {
    return EntryFactory.attributesOf(type).stream().sorted().toList();
  }

  /** The values an attribute may take; empty when it is typed (a country's two-letter code). */
  public static List<String> valuesOf(EntryType type, String attribute) {
    Class<? extends Enum<?>> values =
        switch (type) {
          case COUNTRY -> "role".equals(attribute) ? CountryRole.class : null;
          case SECTOR -> SectorCode.class;
          case EVENT -> EventKind.class;
          case ORGANIZATION -> OrganizationKind.class;
          case DOCUMENT -> DocumentType.class;
          case INDICATOR -> Unit.class;
          case MECHANISM, PROJECT, CORRIDOR, ACTOR -> null;
        };
    return values == null
        ? List.of()
        : Arrays.stream(values.getEnumConstants()).map(Enum::name).toList();
  }
}
