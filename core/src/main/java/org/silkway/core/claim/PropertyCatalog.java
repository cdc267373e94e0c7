package org.silkway.core.claim;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The properties a claim may state, the kinds of value each takes, and whether an entry has one
 * value of it (a cost, a date: sources that differ disagree) or many (participants, descriptions).
 */
public final class PropertyCatalog {

  private record Definition(Set<ValueKind> kinds, boolean singleValued) {}

  private static final Set<ValueKind> TEXT = EnumSet.of(ValueKind.TEXT);
  private static final Set<ValueKind> ENTRY = EnumSet.of(ValueKind.ENTRY);
  private static final Set<ValueKind> AMOUNT = EnumSet.of(ValueKind.AMOUNT);
  private static final Set<ValueKind> TIME = EnumSet.of(ValueKind.TIME);
  private static final Set<ValueKind> CODE = EnumSet.of(ValueKind.CODE);
  private static final Set<ValueKind> ENTRY_OR_TEXT = EnumSet.of(ValueKind.ENTRY, ValueKind.TEXT);

  private static final Map<String, Definition> PROPERTIES =
      Map.ofEntries(
          many("description", TEXT),
          many("sector", ENTRY),
          many("country", ENTRY),
          many("located-in", ENTRY),
          one("place", TEXT),
          many("member-of", ENTRY),
          many("shares-border-with", ENTRY),
          one("border-length-with-china", AMOUNT),
          many("mutual-visa-free-with", ENTRY),
          one("investment-from-china", AMOUNT),
          many("dependence-on", ENTRY_OR_TEXT),
          many("hosts-military-base-of", ENTRY),
          one("established", TIME),
          many("part-of", ENTRY),
          many("participant", ENTRY),
          one("held", TIME),
          many("outcome", ENTRY_OR_TEXT),
          many("agenda", ENTRY_OR_TEXT),
          many("follows", ENTRY),
          many("signed-at", ENTRY),
          one("signed", TIME),
          many("party", ENTRY),
          one("status", CODE),
          many("content", TEXT),
          many("corridor", ENTRY),
          many("company", ENTRY),
          one("cost", AMOUNT),
          one("length", AMOUNT),
          one("length-in-china", AMOUNT),
          one("capacity", AMOUNT),
          one("stage", CODE),
          one("completion-target", TIME),
          many("route", TEXT),
          many("member-country", ENTRY),
          one("observation", AMOUNT),
          many("position", TEXT),
          many("affiliation", ENTRY),
          many("said", TEXT),
          many("member", ENTRY));

  private PropertyCatalog() {}

  private static Map.Entry<String, Definition> one(String property, Set<ValueKind> kinds) {
    return Map.entry(property, new Definition(kinds, true));
  }

  private static Map.Entry<String, Definition> many(String property, Set<ValueKind> kinds) {
    return Map.entry(property, new Definition(kinds, false));
  }

  public static boolean isKnown(String property) {
    return PROPERTIES.containsKey(property);
  }

  /** Whether sources that give different values of this property disagree. */
  public static boolean isSingleValued(String property) {
    Definition definition = PROPERTIES.get(property);
    return definition != null && definition.singleValued();
  }

  /** The value kinds the property takes, e.g. [ENTRY, TEXT] for "outcome". */
  public static Set<ValueKind> kindsOf(String property) {
    Definition definition = PROPERTIES.get(property);
    return definition == null ? Set.of() : definition.kinds();
  }

  /**
   * Checks that the property exists and takes this kind of value.
   *
   * @return the property
   */
  public static String require(String property, ClaimValue value) {
    if (!isKnown(property)) {
      throw new IllegalArgumentException("'" + property + "' is not a property Silkway knows");
    }
    if (value == null) {
      throw new IllegalArgumentException("A claim about '" + property + "' needs a value");
    }
    if (!kindsOf(property).contains(value.kind())) {
      throw new IllegalArgumentException(
          "'" + property + "' takes " + kindsOf(property) + ", not " + value.kind());
    }
    return property;
  }
}
