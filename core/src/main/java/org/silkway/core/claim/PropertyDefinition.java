package org.silkway.core.claim;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.silkway.core.entry.EntryType;

/**
 * What one property of the register may say: the entry types it describes, the kinds of value it
 * takes, and for those values the entry types it refers to, the units of its amounts and the codes
 * it takes. Editors' forms offer these as choices; {@link PropertySchema#require} enforces them.
 *
 * @param appliesTo the entry types a claim of this property may be about
 * @param targets for an entry value, the types of entry it may refer to
 * @param units for an amount, the units it may be given in; empty when it takes no amount
 * @param codes for a code value, the codes it may take, in their usual order
 * @param singleValued whether an entry has one value of it at a time, so that sources giving
 *     different values disagree (a cost, a date), rather than many (participants, descriptions)
 * @param help a line for editors on what the property means and, where it matters, which briefs a
 *     claim of it puts its entry into
 */
public record PropertyDefinition(
    String name,
    Set<EntryType> appliesTo,
    Set<ValueKind> valueKinds,
    Set<EntryType> targets,
    Set<Unit> units,
    List<String> codes,
    boolean singleValued,
    String help) {

  public PropertyDefinition {
    help = help == null ? "" : help;
    appliesTo = frozen(appliesTo, EntryType.class);
    valueKinds = frozen(valueKinds, ValueKind.class);
    targets = frozen(targets, EntryType.class);
    units = frozen(units, Unit.class);
    codes = List.copyOf(codes);
  }

  /** The vocabulary key of the property's label: {@code property.cost}. */
  public static String labelKey(String property) {
    return "property." + property;
  }

  public String labelKey() {
    return labelKey(name);
  }

  /** This definition with its line of help for editors. */
  public PropertyDefinition explained(String line) {
    return new PropertyDefinition(
        name, appliesTo, valueKinds, targets, units, codes, singleValued, line);
  }

  public boolean appliesTo(EntryType type) {
    return appliesTo.contains(type);
  }

  /** Enum sets keep their constants' order, so a form lists choices as the enum does. */
  private static <E extends Enum<E>> Set<E> frozen(Set<E> values, Class<E> type) {
    return Collections.unmodifiableSet(
        values.isEmpty() ? EnumSet.noneOf(type) : EnumSet.copyOf(values));
  }
}
