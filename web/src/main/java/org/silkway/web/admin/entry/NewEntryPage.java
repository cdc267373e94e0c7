package org.silkway.web.admin.entry;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.silkway.core.claim.PropertyDefinition;
import org.silkway.core.claim.PropertySchema;
import org.silkway.core.curation.AttributeChoices;
import org.silkway.core.curation.EntryEditing;
import org.silkway.core.curation.EntryPicker;
import org.silkway.core.entry.EntryType;
import org.silkway.core.i18n.LocalizedName;
import org.silkway.core.text.InvalidFieldException;
import org.silkway.web.admin.claim.Picks;
import org.silkway.web.admin.support.FormMessages;

/**
 * Backs {@code admin/new-entry.xhtml?type=project}: a new draft entry of any type, with its names
 * and its type's attributes; its key is made from the English name.
 */
@Named
@ViewScoped
public class NewEntryPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject EntryEditing editing;
  @Inject EntryPicker picker;

  private String type = EntryType.PROJECT.slug();
  private String nameEn;
  private String nameRu;
  private String nameZh;
  private final Map<String, String> attributes = new LinkedHashMap<>();
  private String country;
  private String sector;

  public String create() {
    EntryType chosen = EntryType.fromSlug(type).orElse(null);
    try {
      String key =
          editing.create(
              chosen,
              new LocalizedName(nameEn, nameRu, nameZh),
              new LinkedHashMap<>(attributes),
              isPlaceable("country") ? keyOf(country) : null,
              isPlaceable("sector") ? keyOf(sector) : null);
      FormMessages.done(
          "Created “"
              + (nameEn == null ? key : nameEn.strip())
              + "” as a draft."
              + (blank(country) && blank(sector)
                  ? " Add its claims, then submit it for review."
                  : " Cite its "
                      + (blank(sector)
                          ? "country"
                          : blank(country) ? "sector" : "country and sector")
                      + " below (“Cite it”), add its other claims, then submit it for review."));
      return "/admin/entry?faces-redirect=true&key="
          + URLEncoder.encode(key, StandardCharsets.UTF_8);
    } catch (InvalidFieldException e) {
      FormMessages.at(e, NewEntryPage::component);
    } catch (IllegalArgumentException | IllegalStateException e) {
      FormMessages.error(e.getMessage());
    }
    return null;
  }

  private static String component(String field) {
    return switch (field) {
      case "type" -> "new-entry:type";
      case "en" -> "new-entry:name-en";
      case "ru" -> "new-entry:name-ru";
      case "zh" -> "new-entry:name-zh";
      case "country" -> "new-entry:country";
      case "sector" -> "new-entry:sector";
      default -> null;
    };
  }

  /**
   * Whether an entry of the chosen type takes this property ("country", "sector"): the form asks
   * for a country and a sector only where they place the entry in a brief.
   */
  public boolean isPlaceable(String property) {
    return EntryType.fromSlug(type)
        .map(t -> PropertySchema.definition(property).orElseThrow().appliesTo(t))
        .orElse(false);
  }

  /** The property's line of help, so the form says what the country and sector do. */
  public String help(String property) {
    return PropertySchema.definition(property).map(PropertyDefinition::help).orElse("");
  }

  public List<String> completeCountry(String typed) {
    return picker.entries(typed, List.of(EntryType.COUNTRY)).stream().map(Picks::textOf).toList();
  }

  public List<String> completeSector(String typed) {
    return picker.entries(typed, List.of(EntryType.SECTOR)).stream().map(Picks::textOf).toList();
  }

  private static String keyOf(String picked) {
    return blank(picked) ? null : Picks.keyOf(picked);
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  public String getCountry() {
    return country;
  }

  public void setCountry(String country) {
    this.country = country;
  }

  public String getSector() {
    return sector;
  }

  public void setSector(String sector) {
    this.sector = sector;
  }

  public List<EntryType> getTypes() {
    return Arrays.asList(EntryType.values());
  }

  public List<String> getAttributeNames() {
    return EntryType.fromSlug(type).map(AttributeChoices::of).orElse(List.of());
  }

  public List<String> attributeValues(String attribute) {
    return EntryType.fromSlug(type)
        .map(t -> AttributeChoices.valuesOf(t, attribute))
        .orElse(List.of());
  }

  public Map<String, String> getAttributes() {
    return attributes;
  }

  public String getType() {
    return type;
  }

  public void setType(String type) {
    this.type = type;
  }

  public String getNameEn() {
    return nameEn;
  }

  public void setNameEn(String nameEn) {
    this.nameEn = nameEn;
  }

  public String getNameRu() {
    return nameRu;
  }

  public void setNameRu(String nameRu) {
    this.nameRu = nameRu;
  }

  public String getNameZh() {
    return nameZh;
  }

  public void setNameZh(String nameZh) {
    this.nameZh = nameZh;
  }
}
