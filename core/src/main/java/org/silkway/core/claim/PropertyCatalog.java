package org.silkway.core.claim;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.silkway.core.entry.EntryType;
import org.silkway.core.text.InvalidFieldException;
import org.silkway.core.text.Text;

/**
 * The properties a claim may state, the kinds of value each takes, and whether an entry has one
 * value of it (a cost, a date: sources that differ disagree) or many (participants, descriptions).
 */
public final class PropertyCatalog {

  private record Definition(Set<ValueKind> kinds, boolean singleValued, Set<EntryType> targets) {}

  private static final Set<ValueKind> TEXT = EnumSet.of(ValueKind.TEXT);
  private static final Set<ValueKind> ENTRY = EnumSet.of(ValueKind.ENTRY);
  private static final Set<ValueKind> AMOUNT = EnumSet.of(ValueKind.AMOUNT);
  private static final Set<ValueKind> TIME = EnumSet.of(ValueKind.TIME);
  private static final Set<ValueKind> CODE = EnumSet.of(ValueKind.CODE);
  private static final Set<ValueKind> ENTRY_OR_TEXT = EnumSet.of(ValueKind.ENTRY, ValueKind.TEXT);

  private static final Set<EntryType> ANY = EnumSet.allOf(EntryType.class);
  private static final Set<EntryType> COUNTRY = EnumSet.of(EntryType.COUNTRY);
  private static final Set<EntryType> ORGANIZATION = EnumSet.of(EntryType.ORGANIZATION);
  private static final Set<EntryType> MECHANISM = EnumSet.of(EntryType.MECHANISM);
  private static final Set<EntryType> EVENT = EnumSet.of(EntryType.EVENT);

  private static final Map<String, Definition> PROPERTIES =
      Map.ofEntries(
          many("description", TEXT),
          refersTo("sector", EnumSet.of(EntryType.SECTOR)),
          refersTo("country", COUNTRY),
          refersTo("located-in", COUNTRY),
          one("place", TEXT),
          refersTo("member-of", ORGANIZATION),
          refersTo("shares-border-with", COUNTRY),
          one("border-length-with-china", AMOUNT),
          refersTo("mutual-visa-free-with", COUNTRY),
          one("investment-from-china", AMOUNT),
          many("dependence-on", ENTRY_OR_TEXT),
          refersTo("hosts-military-base-of", COUNTRY),
          one("established", TIME),
          refersTo("part-of", MECHANISM),
          refersTo("participant", EnumSet.of(EntryType.COUNTRY, EntryType.ACTOR)),
          one("held", TIME),
          many("outcome", ENTRY_OR_TEXT),
          many("agenda", ENTRY_OR_TEXT),
          refersTo("follows", EVENT),
          refersTo("signed-at", EVENT),
          one("signed", TIME),
          refersTo("party", COUNTRY),
          one("status", CODE),
          many("content", TEXT),
          refersTo("corridor", EnumSet.of(EntryType.CORRIDOR)),
          refersTo("company", ORGANIZATION),
          one("cost", AMOUNT),
          one("length", AMOUNT),
          one("length-in-china", AMOUNT),
          one("capacity", AMOUNT),
          one("stage", CODE),
          one("completion-target", TIME),
          many("route", TEXT),
          refersTo("member-country", COUNTRY),
          one("observation", AMOUNT),
          many("position", TEXT),
          refersTo("affiliation", ORGANIZATION),
          many("said", TEXT),
          refersTo("member", COUNTRY));

  private PropertyCatalog() {}

  private static Map.Entry<String, Definition> one(String property, Set<ValueKind> kinds) {
    return Map.entry(property, new Definition(kinds, true, ANY));
  }

  private static Map.Entry<String, Definition> many(String property, Set<ValueKind> kinds) {
    return Map.entry(property, new Definition(kinds, false, ANY));
  }

  /** A property whose values are entries of these types only: a "country" is a country. */
  private static Map.Entry<String, Definition> refersTo(String property, Set<EntryType> targets) {
    return Map.entry(property, new Definition(ENTRY, false, targets));
  }

  /** Every property a claim may state. */
  public static Set<String> properties() {
    return PROPERTIES.keySet();
  }

  public static boolean isKnown(String property) {
    return property != null && PROPERTIES.containsKey(property);
  }

  /** Whether sources that give different values of this property disagree. */
  public static boolean isSingleValued(String property) {
    return isKnown(property) && PROPERTIES.get(property).singleValued();
  }

  /** The value kinds the property takes, e.g. [ENTRY, TEXT] for "outcome". */
  public static Set<ValueKind> kindsOf(String property) {
    return isKnown(property) ? PROPERTIES.get(property).kinds() : Set.of();
  }

  /**
   * Checks that the property exists and takes this kind of value.
   *
   * @return the property
   */
  public static String require(String property, ClaimValue value) {
    if (!isKnown(property)) {
      throw new InvalidFieldException(
          "property", Text.quote(property) + " is not a property Silkway knows");
    }
    if (value == null) {
      throw new InvalidFieldException("value", "A claim about '" + property + "' needs a value");
    }
    if (!kindsOf(property).contains(value.kind())) {
      throw new InvalidFieldException(
          "value", "'" + property + "' takes " + kindsOf(property) + ", not " + value.kind());
    }
    Set<EntryType> targets = PROPERTIES.get(property).targets();
    if (value.kind() == ValueKind.ENTRY && !targets.contains(value.entry().type())) {
      throw new InvalidFieldException(
          "value.entry",
          "'"
              + property
              + "' refers to "
              + (targets.size() == 1 ? "a " : "one of ")
              + targets.stream().map(EntryType::slug).collect(Collectors.joining(" or "))
              + ", not to "
              + value.entry().key()
              + " (a "
              + value.entry().type().slug()
              + ")");
    }
    return property;
  }
}
