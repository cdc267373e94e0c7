package org.silkway.core.spreadsheet;

import java.util.List;
import org.silkway.core.claim.PropertyDefinition;
import org.silkway.core.i18n.Language;

/**
 * One column of an entry type's sheet: its header as the file spells it, what it holds, a line of
 * help for the template's explanation sheet, and the values it takes where they are a fixed list
 * (offered as a drop-down in the XLSX template).
 *
 * @param language for a name, its language
 * @param attribute for an attribute of the type, its name ({@code kind})
 * @param property for a claim's value or its unit, the property
 */
public record SheetColumn(
    String header,
    Role role,
    Language language,
    String attribute,
    PropertyDefinition property,
    String help,
    List<String> choices) {

  /** What a column holds. */
  public enum Role {
    KEY,
    NAME,
    ATTRIBUTE,
    VALUE,
    UNIT,
    APPLIES_TO,
    SOURCE,
    EXCERPT
  }

  public SheetColumn {
    choices = List.copyOf(choices);
  }

  static SheetColumn of(Role role, String header, String help) {
    return new SheetColumn(header, role, null, null, null, help, List.of());
  }

  SheetColumn offering(List<String> values) {
    return new SheetColumn(header, role, language, attribute, property, help, values);
  }
}
