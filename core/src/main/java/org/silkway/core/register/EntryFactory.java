package org.silkway.core.register;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.silkway.core.actor.Actor;
import org.silkway.core.claim.Unit;
import org.silkway.core.corridor.Corridor;
import org.silkway.core.country.Country;
import org.silkway.core.country.CountryCode;
import org.silkway.core.country.CountryRole;
import org.silkway.core.document.Document;
import org.silkway.core.document.DocumentType;
import org.silkway.core.entry.Entry;
import org.silkway.core.entry.EntryType;
import org.silkway.core.event.Event;
import org.silkway.core.event.EventKind;
import org.silkway.core.i18n.LocalizedName;
import org.silkway.core.indicator.Indicator;
import org.silkway.core.mechanism.Mechanism;
import org.silkway.core.organization.Organization;
import org.silkway.core.organization.OrganizationKind;
import org.silkway.core.project.Project;
import org.silkway.core.sector.Sector;
import org.silkway.core.sector.SectorCode;
import org.silkway.core.text.InvalidFieldException;

/**
 * Makes the right kind of entry from its type and attributes, as the register format gives them.
 */
public final class EntryFactory {

  private EntryFactory() {}

  /** The attributes each type takes; see {@link Entry#attributes()}. */
  public static Set<String> attributesOf(EntryType type) {
    return switch (type) {
      case COUNTRY -> Set.of("code", "role");
      case SECTOR -> Set.of("code");
      case EVENT, ORGANIZATION -> Set.of("kind");
      case DOCUMENT -> Set.of("documentType");
      case INDICATOR -> Set.of("unit");
      case MECHANISM, PROJECT, CORRIDOR, ACTOR -> Set.of();
    };
  }

  /**
   * The values an attribute takes, in their usual order: a sector's codes, an event's kinds. A
   * country's {@code code} is the one attribute without a fixed list (any ISO 3166 code).
   */
  public static List<String> choicesOf(EntryType type, String attribute) {
    Class<? extends Enum<?>> values =
        switch (type.name() + "." + attribute) {
          case "COUNTRY.role" -> CountryRole.class;
          case "SECTOR.code" -> SectorCode.class;
          case "EVENT.kind" -> EventKind.class;
          case "ORGANIZATION.kind" -> OrganizationKind.class;
          case "DOCUMENT.documentType" -> DocumentType.class;
          case "INDICATOR.unit" -> Unit.class;
          default -> null;
        };
    return values == null
        ? List.of()
        : Arrays.stream(values.getEnumConstants()).map(Enum::name).toList();
  }

  /**
   * @throws IllegalArgumentException naming the attribute when one is missing or wrong
   */
  public static Entry create(
      EntryType type, String key, LocalizedName name, Map<String, String> attributes) {
    return switch (type) {
      case COUNTRY -> {
        Country country =
            new Country(
                CountryCode.parse(required(attributes, "code")),
                enumValue(CountryRole.class, attributes, "role"),
                name);
        if (!country.key().equals(key)) {
          throw new InvalidFieldException(
              "key", "a country's key is 'country/<code>': expected '" + country.key() + "'");
        }
        yield country;
      }
      case SECTOR -> new Sector(key, name, enumValue(SectorCode.class, attributes, "code"));
      case MECHANISM -> new Mechanism(key, name);
      case EVENT -> new Event(key, name, enumValue(EventKind.class, attributes, "kind"));
      case DOCUMENT ->
          new Document(key, name, enumValue(DocumentType.class, attributes, "documentType"));
      case PROJECT -> new Project(key, name);
      case CORRIDOR -> new Corridor(key, name);
      case INDICATOR -> new Indicator(key, name, enumValue(Unit.class, attributes, "unit"));
      case ACTOR -> new Actor(key, name);
      case ORGANIZATION ->
          new Organization(key, name, enumValue(OrganizationKind.class, attributes, "kind"));
    };
  }

  private static String required(Map<String, String> attributes, String name) {
    String value = attributes.get(name);
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("attribute '" + name + "' is required");
    }
    return value;
  }

  static <E extends Enum<E>> E enumValue(
      Class<E> type, Map<String, String> attributes, String name) {
    return Enums.parse(type, required(attributes, name), "attribute '" + name + "'");
  }
}
