package org.silkway.core.claim;

import static org.silkway.core.entry.EntryType.ACTOR;
import static org.silkway.core.entry.EntryType.CORRIDOR;
import static org.silkway.core.entry.EntryType.COUNTRY;
import static org.silkway.core.entry.EntryType.DOCUMENT;
import static org.silkway.core.entry.EntryType.EVENT;
import static org.silkway.core.entry.EntryType.INDICATOR;
import static org.silkway.core.entry.EntryType.MECHANISM;
import static org.silkway.core.entry.EntryType.ORGANIZATION;
import static org.silkway.core.entry.EntryType.PROJECT;
import static org.silkway.core.entry.EntryType.SECTOR;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.silkway.core.document.DocumentStatus;
import org.silkway.core.entry.EntryType;
import org.silkway.core.project.ProjectStage;
import org.silkway.core.text.InvalidFieldException;
import org.silkway.core.text.Text;

/**
 * The properties a claim may state, each with its {@link PropertyDefinition}: what it describes,
 * what values it takes, and whether sources that differ about it disagree. The one table of these
 * rules: claims are checked against it when they are made, and forms and the register format's
 * documentation read it.
 */
public final class PropertySchema {

  private static final Set<EntryType> ANY = EnumSet.allOf(EntryType.class);
  private static final Set<ValueKind> TEXT = EnumSet.of(ValueKind.TEXT);
  private static final Set<ValueKind> TIME = EnumSet.of(ValueKind.TIME);
  private static final Set<ValueKind> ENTRY_OR_TEXT = EnumSet.of(ValueKind.ENTRY, ValueKind.TEXT);

  /** What has a place, a sector or countries involved: not a country or a sector itself. */
  private static final Set<EntryType> ACTIVITIES =
      EnumSet.of(MECHANISM, EVENT, DOCUMENT, PROJECT, CORRIDOR, INDICATOR, ORGANIZATION);

  private static final Set<EntryType> WORKS = EnumSet.of(PROJECT, CORRIDOR);

  private static final Map<String, PropertyDefinition> DEFINITIONS =
      index(
          many("description", TEXT, ANY),
          refersTo("sector", EnumSet.of(SECTOR), ACTIVITIES),
          refersTo("country", EnumSet.of(COUNTRY), ACTIVITIES),
          refersTo("located-in", EnumSet.of(COUNTRY), EnumSet.of(EVENT, PROJECT, ORGANIZATION)),
          one("place", TEXT, EnumSet.of(EVENT, PROJECT, ORGANIZATION)),
          // A country's relations
          refersTo("member-of", EnumSet.of(ORGANIZATION), EnumSet.of(COUNTRY, ORGANIZATION)),
          refersTo("shares-border-with", EnumSet.of(COUNTRY), EnumSet.of(COUNTRY)),
          amount("border-length-with-china", EnumSet.of(Unit.KM), EnumSet.of(COUNTRY)),
          refersTo("mutual-visa-free-with", EnumSet.of(COUNTRY), EnumSet.of(COUNTRY)),
          amount("investment-from-china", EnumSet.of(Unit.USD_BILLION), EnumSet.of(COUNTRY)),
          many("dependence-on", ENTRY_OR_TEXT, ANY, EnumSet.of(COUNTRY)),
          refersTo("hosts-military-base-of", EnumSet.of(COUNTRY), EnumSet.of(COUNTRY)),
          // Mechanisms and events
          one("established", TIME, EnumSet.of(MECHANISM, ORGANIZATION)),
          refersTo("part-of", EnumSet.of(MECHANISM), EnumSet.of(EVENT, MECHANISM)),
          refersTo("participant", EnumSet.of(COUNTRY, ACTOR), EnumSet.of(EVENT, MECHANISM)),
          one("held", TIME, EnumSet.of(EVENT)),
          many("outcome", ENTRY_OR_TEXT, ANY, EnumSet.of(EVENT)),
          many("agenda", ENTRY_OR_TEXT, ANY, EnumSet.of(EVENT)),
          refersTo("follows", EnumSet.of(EVENT), EnumSet.of(EVENT)),
          // Documents
          refersTo("signed-at", EnumSet.of(EVENT), EnumSet.of(DOCUMENT)),
          one("signed", TIME, EnumSet.of(DOCUMENT)),
          refersTo("party", EnumSet.of(COUNTRY), EnumSet.of(DOCUMENT)),
          code("status", names(DocumentStatus.values()), EnumSet.of(DOCUMENT)),
          many("content", TEXT, EnumSet.of(DOCUMENT)),
          // Projects and corridors
          refersTo("corridor", EnumSet.of(CORRIDOR), EnumSet.of(PROJECT)),
          refersTo("company", EnumSet.of(ORGANIZATION), EnumSet.of(PROJECT)),
          amount("cost", EnumSet.of(Unit.USD_BILLION), EnumSet.of(PROJECT)),
          amount("length", EnumSet.of(Unit.KM), WORKS),
          amount("length-in-china", EnumSet.of(Unit.KM), WORKS),
          amount("capacity", EnumSet.of(Unit.MW), EnumSet.of(PROJECT)),
          code("stage", names(ProjectStage.values()), WORKS),
          one("completion-target", TIME, WORKS),
          many("route", TEXT, WORKS),
          refersTo("member-country", EnumSet.of(COUNTRY), EnumSet.of(CORRIDOR)),
          // Indicators, people, organizations
          amount("observation", EnumSet.allOf(Unit.class), EnumSet.of(INDICATOR)),
          many("position", TEXT, EnumSet.of(ACTOR)),
          refersTo("affiliation", EnumSet.of(ORGANIZATION), EnumSet.of(ACTOR)),
          many("said", TEXT, EnumSet.of(ACTOR)),
          refersTo("member", EnumSet.of(COUNTRY), EnumSet.of(ORGANIZATION)));

  private PropertySchema() {}

  public static Optional<PropertyDefinition> definition(String property) {
    return Optional.ofNullable(property == null ? null : DEFINITIONS.get(property));
  }

  /** Every property, in the order of the register format's documentation. */
  public static Collection<PropertyDefinition> all() {
    return DEFINITIONS.values();
  }

  /** The properties a claim about an entry of this type may state. */
  public static List<PropertyDefinition> forType(EntryType type) {
    return DEFINITIONS.values().stream().filter(d -> d.appliesTo(type)).toList();
  }

  public static boolean isKnown(String property) {
    return definition(property).isPresent();
  }

  /** Whether sources that give different values of this property disagree. */
  public static boolean isSingleValued(String property) {
    return definition(property).map(PropertyDefinition::singleValued).orElse(false);
  }

  /**
   * Checks that a claim about an entry of this type may state this property with this value.
   *
   * @return the property
   * @throws InvalidFieldException naming the field at fault: {@code property}, {@code value},
   *     {@code value.entry}, {@code value.unit} or {@code value.code}
   */
  public static String require(EntryType about, String property, ClaimValue value) {
    PropertyDefinition d =
        definition(property)
            .orElseThrow(
                () ->
                    new InvalidFieldException(
                        "property", Text.quote(property) + " is not a property Silkway knows"));
    if (!d.appliesTo(about)) {
      throw new InvalidFieldException(
          "property", "'" + property + "' does not apply to " + aOrAn(about));
    }
    if (value == null) {
      throw new InvalidFieldException("value", "A claim about '" + property + "' needs a value");
    }
    if (!d.valueKinds().contains(value.kind())) {
      throw new InvalidFieldException(
          "value", "'" + property + "' takes " + d.valueKinds() + ", not " + value.kind());
    }
    switch (value.kind()) {
      case ENTRY -> requireTarget(d, value);
      case AMOUNT -> {
        if (!d.units().contains(value.unit())) {
          throw new InvalidFieldException(
              "value.unit",
              "'" + property + "' is given in " + oneOf(d.units()) + ", not " + value.unit());
        }
      }
      case CODE -> {
        if (!d.codes().contains(value.code())) {
          throw new InvalidFieldException(
              "value.code",
              "'"
                  + property
                  + "' is one of "
                  + String.join(", ", d.codes())
                  + ", not "
                  + Text.quote(value.code()));
        }
      }
      case TEXT, TIME -> {}
    }
    return property;
  }

  private static void requireTarget(PropertyDefinition d, ClaimValue value) {
    EntryType target = value.entry().type();
    if (!d.targets().contains(target)) {
      throw new InvalidFieldException(
          "value.entry",
          "'"
              + d.name()
              + "' refers to "
              + (d.targets().size() == 1 ? "a " : "one of ")
              + d.targets().stream().map(EntryType::slug).collect(Collectors.joining(" or "))
              + ", not to "
              + value.entry().key()
              + " ("
              + aOrAn(target)
              + ")");
    }
  }

  private static String aOrAn(EntryType type) {
    return ("aeiou".indexOf(type.slug().charAt(0)) >= 0 ? "an " : "a ") + type.slug();
  }

  private static String oneOf(Set<Unit> units) {
    return units.stream().map(Unit::name).collect(Collectors.joining(" or "));
  }

  private static List<String> names(Enum<?>[] values) {
    return Arrays.stream(values).map(Enum::name).toList();
  }

  private static Map<String, PropertyDefinition> index(PropertyDefinition... definitions) {
    Map<String, PropertyDefinition> index = new LinkedHashMap<>();
    for (PropertyDefinition d : definitions) {
      if (index.put(d.name(), d) != null) {
        throw new IllegalStateException("Property " + d.name() + " is defined twice");
      }
    }
    return java.util.Collections.unmodifiableMap(index);
  }

  private static PropertyDefinition one(String name, Set<ValueKind> kinds, Set<EntryType> on) {
    return new PropertyDefinition(name, on, kinds, Set.of(), Set.of(), List.of(), true);
  }

  private static PropertyDefinition many(String name, Set<ValueKind> kinds, Set<EntryType> on) {
    return many(name, kinds, Set.of(), on);
  }

  /** A property of many values, entries of any of {@code targets} among them. */
  private static PropertyDefinition many(
      String name, Set<ValueKind> kinds, Set<EntryType> targets, Set<EntryType> on) {
    return new PropertyDefinition(name, on, kinds, targets, Set.of(), List.of(), false);
  }

  /** A property whose values are entries of these types only: a "country" is a country. */
  private static PropertyDefinition refersTo(
      String name, Set<EntryType> targets, Set<EntryType> on) {
    return many(name, EnumSet.of(ValueKind.ENTRY), targets, on);
  }

  private static PropertyDefinition amount(String name, Set<Unit> units, Set<EntryType> on) {
    return new PropertyDefinition(
        name, on, EnumSet.of(ValueKind.AMOUNT), Set.of(), units, List.of(), true);
  }

  private static PropertyDefinition code(String name, List<String> codes, Set<EntryType> on) {
    return new PropertyDefinition(
        name, on, EnumSet.of(ValueKind.CODE), Set.of(), Set.of(), codes, true);
  }
}
