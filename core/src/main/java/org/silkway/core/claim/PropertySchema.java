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
          many("description", TEXT, ANY)
              .explained("What it is, in a sentence or two of the source's substance."),
          refersTo("sector", EnumSet.of(SECTOR), ACTIVITIES)
              .explained("The sector it belongs to; puts it into that sector's brief."),
          refersTo("country", EnumSet.of(COUNTRY), ACTIVITIES)
              .explained(
                  "A country it involves or belongs to; puts it into that country's brief (for a project: the country it is built in or for)."),
          refersTo("located-in", EnumSet.of(COUNTRY), EnumSet.of(EVENT, PROJECT, ORGANIZATION))
              .explained(
                  "The country where it physically is; also puts it into that country's brief. Use it with Country when the two differ."),
          one("place", TEXT, EnumSet.of(EVENT, PROJECT, ORGANIZATION))
              .explained(
                  "The town, site or region, in words (\"Khorgos\", \"near Almaty\"); places it in no brief."),
          // A country's relations
          refersTo("member-of", EnumSet.of(ORGANIZATION), EnumSet.of(COUNTRY, ORGANIZATION))
              .explained("An organization the country belongs to."),
          refersTo("shares-border-with", EnumSet.of(COUNTRY), EnumSet.of(COUNTRY))
              .explained("A country it borders."),
          amount("border-length-with-china", EnumSet.of(Unit.KM), EnumSet.of(COUNTRY))
              .explained("The length of its border with China, in km."),
          refersTo("mutual-visa-free-with", EnumSet.of(COUNTRY), EnumSet.of(COUNTRY))
              .explained("A country whose citizens and its own need no visa for each other."),
          amount("investment-from-china", Unit.moneyUnits(), EnumSet.of(COUNTRY))
              .explained(
                  "Chinese investment in the country, in the currency and at the scale the source gives."),
          many("dependence-on", ENTRY_OR_TEXT, ANY, EnumSet.of(COUNTRY))
              .explained("A country or thing it depends on, with the source's words in a note."),
          refersTo("hosts-military-base-of", EnumSet.of(COUNTRY), EnumSet.of(COUNTRY))
              .explained("A country that has a military base on its territory."),
          // Mechanisms and events
          one("established", TIME, EnumSet.of(MECHANISM, ORGANIZATION))
              .explained("When it was set up."),
          refersTo("part-of", EnumSet.of(MECHANISM), EnumSet.of(EVENT, MECHANISM))
              .explained(
                  "The mechanism it is part of (a summit of the China–Central Asia format)."),
          refersTo("participant", EnumSet.of(COUNTRY, ACTOR), EnumSet.of(EVENT, MECHANISM))
              .explained("A country or person that took part; puts it into that country's brief."),
          one("held", TIME, EnumSet.of(EVENT))
              .explained("When it took place: a day, or a span of days."),
          many("outcome", ENTRY_OR_TEXT, ANY, EnumSet.of(EVENT))
              .explained("What it produced: a document, a project, or a sentence."),
          many("agenda", ENTRY_OR_TEXT, ANY, EnumSet.of(EVENT))
              .explained("What it was to discuss."),
          refersTo("follows", EnumSet.of(EVENT), EnumSet.of(EVENT))
              .explained("The event it follows (the previous summit)."),
          // Documents
          refersTo("signed-at", EnumSet.of(EVENT), EnumSet.of(DOCUMENT))
              .explained("The event where the document was signed."),
          one("signed", TIME, EnumSet.of(DOCUMENT)).explained("When the document was signed."),
          refersTo("party", EnumSet.of(COUNTRY), EnumSet.of(DOCUMENT))
              .explained(
                  "A country that signed or is bound by it; puts it into that country's brief."),
          code("status", names(DocumentStatus.values()), EnumSet.of(DOCUMENT))
              .explained("Where the document stands: signed, in force, expired..."),
          many("content", TEXT, EnumSet.of(DOCUMENT))
              .explained("What the document says, a point at a time."),
          // Projects and corridors
          refersTo("corridor", EnumSet.of(CORRIDOR), EnumSet.of(PROJECT))
              .explained("The transport corridor the project is part of."),
          refersTo("company", EnumSet.of(ORGANIZATION), EnumSet.of(PROJECT))
              .explained("A company building, owning or financing it."),
          amount("cost", Unit.moneyUnits(), EnumSet.of(PROJECT))
              .explained(
                  "What it costs, in the currency and at the scale the source gives (350 million yuan is 350, million, CNY); never converted."),
          amount("length", EnumSet.of(Unit.KM), WORKS).explained("Its length, in km."),
          amount("length-in-china", EnumSet.of(Unit.KM), WORKS)
              .explained("The part of its length inside China, in km."),
          amount("capacity", EnumSet.of(Unit.MW), EnumSet.of(PROJECT))
              .explained("Its power capacity, in MW."),
          code("stage", names(ProjectStage.values()), WORKS)
              .explained(
                  "Where it stands (planned, under construction, in operation), with the date it applies to."),
          one("completion-target", TIME, WORKS).explained("When it is to be finished."),
          many("route", TEXT, WORKS).explained("The way it runs, in words."),
          refersTo("member-country", EnumSet.of(COUNTRY), EnumSet.of(CORRIDOR))
              .explained("A country the corridor runs through; puts it into that country's brief."),
          // Indicators, people, organizations
          amount("observation", EnumSet.allOf(Unit.class), EnumSet.of(INDICATOR))
              .explained(
                  "One value of the indicator, with the period it is for in \"Applies to\"."),
          many("position", TEXT, EnumSet.of(ACTOR)).explained("The person's office or role."),
          refersTo("affiliation", EnumSet.of(ORGANIZATION), EnumSet.of(ACTOR))
              .explained("The organization the person works for."),
          many("said", TEXT, EnumSet.of(ACTOR)).explained("What the person said, as quoted."),
          refersTo("member", EnumSet.of(COUNTRY), EnumSet.of(ORGANIZATION))
              .explained("A country that is a member; puts it into that country's brief."));

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
    if (units.size() > 1 && units.stream().allMatch(Unit::isMoney)) {
      return "money (a currency at a scale, such as USD_MILLION)";
    }
    return units.stream().map(Unit::name).collect(Collectors.joining(" or "));
  }

  private static List<String> names(Enum<?>[] values) {
    return Arrays.stream(values).map(Enum::name).toList();
  }

  private static Map<String, PropertyDefinition> index(PropertyDefinition... definitions) {
    Map<String, PropertyDefinition> index = new LinkedHashMap<>();
    for (PropertyDefinition d : definitions) {
      if (d.help().isBlank()) {
        throw new IllegalStateException("Property " + d.name() + " has no line of help");
      }
      if (index.put(d.name(), d) != null) {
        throw new IllegalStateException("Property " + d.name() + " is defined twice");
      }
    }
    return java.util.Collections.unmodifiableMap(index);
  }

  private static PropertyDefinition one(String name, Set<ValueKind> kinds, Set<EntryType> on) {
    return new PropertyDefinition(name, on, kinds, Set.of(), Set.of(), List.of(), true, "");
  }

  private static PropertyDefinition many(String name, Set<ValueKind> kinds, Set<EntryType> on) {
    return many(name, kinds, Set.of(), on);
  }

  /** A property of many values, entries of any of {@code targets} among them. */
  private static PropertyDefinition many(
      String name, Set<ValueKind> kinds, Set<EntryType> targets, Set<EntryType> on) {
    return new PropertyDefinition(name, on, kinds, targets, Set.of(), List.of(), false, "");
  }

  /** A property whose values are entries of these types only: a "country" is a country. */
  private static PropertyDefinition refersTo(
      String name, Set<EntryType> targets, Set<EntryType> on) {
    return many(name, EnumSet.of(ValueKind.ENTRY), targets, on);
  }

  private static PropertyDefinition amount(String name, Set<Unit> units, Set<EntryType> on) {
    return new PropertyDefinition(
        name, on, EnumSet.of(ValueKind.AMOUNT), Set.of(), units, List.of(), true, "");
  }

  private static PropertyDefinition code(String name, List<String> codes, Set<EntryType> on) {
    return new PropertyDefinition(
        name, on, EnumSet.of(ValueKind.CODE), Set.of(), Set.of(), codes, true, "");
  }
}
