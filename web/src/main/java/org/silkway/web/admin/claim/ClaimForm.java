package org.silkway.web.admin.claim;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.silkway.core.browse.EntryDetail;
import org.silkway.core.browse.RegisterBrowser;
import org.silkway.core.claim.Bound;
import org.silkway.core.claim.ClaimKind;
import org.silkway.core.claim.CurrencyCode;
import org.silkway.core.claim.PropertyDefinition;
import org.silkway.core.claim.PropertySchema;
import org.silkway.core.claim.Scale;
import org.silkway.core.claim.Unit;
import org.silkway.core.claim.ValueKind;
import org.silkway.core.curation.ClaimInput;
import org.silkway.core.curation.EntryEditing;
import org.silkway.core.curation.EntryPicker;
import org.silkway.core.entry.EntryType;
import org.silkway.core.i18n.Language;
import org.silkway.core.i18n.Vocabulary;
import org.silkway.core.source.SourceKind;
import org.silkway.core.time.Precision;
import org.silkway.web.admin.support.Attempt;
import org.silkway.web.admin.support.FormMessages;
import org.silkway.web.admin.support.NotFound;

/**
 * Backs {@code admin/claim.xhtml?entry=KEY} (a new claim) and {@code ...&claim=CLAIM} (a
 * correction, starting from the claim as it is): one editor per kind of value, the choices the
 * property schema gives, pickers for entries and sources, and the citations. What was typed stays
 * in the form whatever goes wrong.
 */
@Named
@ViewScoped
public class ClaimForm implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final Vocabulary ENGLISH = Vocabulary.of(Language.EN);

  @Inject EntryEditing editing;
  @Inject RegisterBrowser browser;
  @Inject EntryPicker picker;

  private String entry;
  private String claim;
  private boolean started;
  private long version;
  private EntryType entryType;
  private String entryName;

  private String property;
  private ValueKind valueKind;
  private String text;
  private String target;
  private String amount;
  private Unit unit;
  private Scale scale;
  private CurrencyCode currency;
  private Bound bound = Bound.EXACT;
  private Precision timePrecision = Precision.DAY;
  private String timeStart;
  private String timeEnd;
  private String code;
  private Precision appliesPrecision;
  private String appliesStart;
  private String appliesEnd;
  private String asStated;
  private ClaimKind kind = ClaimKind.ACTUAL;
  private String note;
  private final List<CitationRow> citations = new ArrayList<>(List.of(new CitationRow()));
  private Attempt.Conflict conflict;
  // The claim being corrected, as the heading names it: "Cost: 1.2 billion US dollars".
  private String corrected;

  /** Reads the entry (and the claim to correct) once, when the form opens. */
  public void start() {
    if (started) {
      return;
    }
    Optional<EntryDetail> detail = entry == null ? Optional.empty() : browser.entry(entry);
    if (detail.isEmpty()) {
      NotFound.answer();
      return;
    }
    version = detail.get().review().version();
    entryType = EntryType.fromSlug(detail.get().summary().type()).orElseThrow();
    entryName = detail.get().summary().nameEn();
    if (claim != null) {
      Optional<ClaimInput> current = editing.inputOf(entry, claim);
      if (current.isEmpty()) {
        NotFound.answer();
        return;
      }
      fill(current.get());
      fillFromView(detail.get());
    }
    started = true;
  }

  /**
   * A correction starts from the claim's citations, each as the picker shows a source ("Title
   * [key]"), so that saving it keeps them unless the editor changes them; an entry value is shown
   * by name as the picker shows it.
   */
  private void fillFromView(EntryDetail detail) {
    detail.claims().stream()
        .filter(c -> c.key().equals(claim))
        .findFirst()
        .ifPresent(
            c -> {
              corrected = ENGLISH.property(c.property()) + ": " + c.value();
              if (target != null && valueKind == ValueKind.ENTRY) {
                // As the picker shows an entry, so that the value reads as a name.
                target = c.value() + " [" + target + "]";
              }
              if (!c.citations().isEmpty()) {
                citations.clear();
                c.citations()
                    .forEach(
                        ci ->
                            citations.add(
                                CitationRow.of(
                                    ci.sourceTitle() + " [" + ci.sourceKey() + "]", ci.excerpt())));
              }
            });
  }

  private void fill(ClaimInput c) {
    property = c.property();
    valueKind = c.valueKind();
    text = c.text();
    target = c.entryKey();
    amount = c.amount();
    unit = c.unit();
    if (unit != null && unit.isMoney()) {
      scale = unit.scale();
      currency = unit.currency();
    }
    bound = c.bound() == null ? Bound.EXACT : c.bound();
    timePrecision = c.timePrecision() == null ? Precision.DAY : c.timePrecision();
    timeStart = c.timeStart();
    timeEnd = c.timeEnd();
    code = c.code();
    appliesPrecision = c.appliesPrecision();
    appliesStart = c.appliesStart();
    appliesEnd = c.appliesEnd();
    asStated = c.asStated();
    kind = c.kind();
    note = c.note();
  }

  /** Saves the claim and goes back to the entry; on a wrong field, stays with a message there. */
  public String save() {
    ClaimInput input = input();
    boolean correcting = claim != null;
    String claimKey = claim;
    String entryKey = entry;
    conflict =
        Attempt.run(
            v -> {
              if (correcting) {
                editing.correctClaim(entryKey, v, claimKey, input);
              } else {
                editing.addClaim(entryKey, v, input);
              }
            },
            version,
            this::component);
    return afterSave(correcting ? "Saved the correction." : "Added the claim.");
  }

  /** After a conflict: the same claim, on the entry as it is now. */
  public String applyMineAgain() {
    if (conflict == null) {
      return null;
    }
    Attempt.Change change = conflict.change();
    version = conflict.currentVersion();
    conflict = null;
    conflict = Attempt.run(change, version, this::component);
    return afterSave("Applied your claim to the new version.");
  }

  private String afterSave(String done) {
    if (!Attempt.saved()) {
      if (conflict != null) {
        version = conflict.currentVersion();
      }
      return null;
    }
    FormMessages.done(done);
    return "/admin/entry?faces-redirect=true&key="
        + java.net.URLEncoder.encode(entry, java.nio.charset.StandardCharsets.UTF_8);
  }

  private ClaimInput input() {
    return new ClaimInput(
        property,
        getShownKind(),
        text,
        Picks.keyOf(target),
        amount,
        getShownUnit(),
        bound,
        timePrecision,
        timeStart,
        timeEnd,
        code,
        appliesPrecision,
        appliesStart,
        appliesEnd,
        asStated,
        kind,
        note,
        citedRows().stream().map(i -> citations.get(i).toInput()).toList());
  }

  /** The rows that hold a citation: an untouched row is no citation, and no error either. */
  private List<Integer> citedRows() {
    List<Integer> rows = new ArrayList<>();
    for (int i = 0; i < citations.size(); i++) {
      CitationRow c = citations.get(i);
      if (c.isNewSource() || !blank(c.getSource()) || !blank(c.getExcerpt())) {
        rows.add(i);
      }
    }
    return rows;
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  /** The domain's field names and the form's components they belong to. */
  private static final Map<String, String> FIELDS =
      Map.ofEntries(
          Map.entry("property", "claim-form:property"),
          Map.entry("valueKind", "claim-form:value-kind"),
          Map.entry("value", "claim-form:value-kind"),
          Map.entry("value.text", "claim-form:value-text"),
          Map.entry("value.entry", "claim-form:value-entry"),
          Map.entry("value.amount", "claim-form:value-amount"),
          Map.entry("value.unit", "claim-form:value-unit"),
          Map.entry("value.scale", "claim-form:value-scale"),
          Map.entry("value.currency", "claim-form:value-currency"),
          Map.entry("value.code", "claim-form:value-code"),
          Map.entry("value.time.precision", "claim-form:value-time-precision"),
          Map.entry("value.time.start", "claim-form:value-time-start"),
          Map.entry("value.time.end", "claim-form:value-time-end"),
          Map.entry("appliesTo.precision", "claim-form:applies-precision"),
          Map.entry("appliesTo.start", "claim-form:applies-start"),
          Map.entry("appliesTo.end", "claim-form:applies-end"),
          Map.entry("asStated", "claim-form:as-stated"),
          Map.entry("kind", "claim-form:kind"),
          Map.entry("note", "claim-form:note"));

  /** The row of the citation a field is about: {@code citations[1].excerpt} is row 1's excerpt. */
  private static final java.util.regex.Pattern CITATION_FIELD =
      java.util.regex.Pattern.compile("citations\\[(\\d+)]\\.(source|excerpt|newSource\\.(\\w+))");

  private String component(String field) {
    java.util.regex.Matcher m = CITATION_FIELD.matcher(field);
    if (m.matches()) {
      List<Integer> rows = citedRows();
      int citation = Integer.parseInt(m.group(1));
      int row = citation < rows.size() ? rows.get(citation) : citation;
      String part = m.group(3) == null ? m.group(2) : "new-" + m.group(3);
      return "claim-form:rows:" + row + ":" + part;
    }
    if (field.equals("value.unit") && isMoney()) {
      return scale == null ? "claim-form:value-scale" : "claim-form:value-currency";
    }
    return FIELDS.get(field);
  }

  // Choices, from the property schema.

  public List<PropertyDefinition> getProperties() {
    return entryType == null ? List.of() : PropertySchema.forType(entryType);
  }

  public String propertyLabel(String name) {
    return ENGLISH.property(name);
  }

  private Optional<PropertyDefinition> definition() {
    return property == null ? Optional.empty() : PropertySchema.definition(property);
  }

  public Set<ValueKind> getValueKinds() {
    return definition().map(PropertyDefinition::valueKinds).orElse(EnumSet.noneOf(ValueKind.class));
  }

  /** The value kind the form shows an editor for: the chosen one, or the property's only one. */
  public ValueKind getShownKind() {
    Set<ValueKind> kinds = getValueKinds();
    if (valueKind != null && kinds.contains(valueKind)) {
      return valueKind;
    }
    return kinds.size() == 1 ? kinds.iterator().next() : null;
  }

  public Set<Unit> getUnits() {
    return definition().map(PropertyDefinition::units).orElse(EnumSet.noneOf(Unit.class));
  }

  public String unitLabel(Unit u) {
    return ENGLISH.unit(u);
  }

  /**
   * Whether the property takes sums of money: then the form asks for a scale and a currency instead
   * of a unit, and keeps the figure as typed in them.
   */
  public boolean isMoney() {
    Set<Unit> units = getUnits();
    return !units.isEmpty() && units.stream().allMatch(Unit::isMoney);
  }

  /** The unit the form sends: the chosen one, or the money unit of the scale and currency. */
  private Unit getShownUnit() {
    if (!isMoney()) {
      return unit;
    }
    return scale == null || currency == null ? null : Unit.money(currency, scale);
  }

  public Scale[] getScales() {
    return Scale.values();
  }

  public String scaleLabel(Scale s) {
    return ENGLISH.scale(s);
  }

  public CurrencyCode[] getCurrencies() {
    return CurrencyCode.values();
  }

  /** "USD — US dollars". */
  public String currencyLabel(CurrencyCode c) {
    return c.name() + " — " + ENGLISH.currency(c);
  }

  /** The chosen property's line of help, from the property schema. */
  public String getHelp() {
    return definition().map(PropertyDefinition::help).orElse("");
  }

  public List<String> getCodes() {
    return definition().map(PropertyDefinition::codes).orElse(List.of());
  }

  public String codeLabel(String c) {
    return property == null ? c : ENGLISH.code(property, c);
  }

  public Bound[] getBounds() {
    return Bound.values();
  }

  public Precision[] getPrecisions() {
    return Precision.values();
  }

  public ClaimKind[] getKinds() {
    return ClaimKind.values();
  }

  public SourceKind[] getSourceKinds() {
    return SourceKind.values();
  }

  /** The entries a value of this property may point to, matching what was typed. */
  public List<String> completeEntry(String typed) {
    Set<EntryType> targets =
        definition().map(PropertyDefinition::targets).orElse(EnumSet.noneOf(EntryType.class));
    if (targets.isEmpty()) {
      return List.of();
    }
    return picker.entries(typed, targets).stream().map(Picks::textOf).toList();
  }

  public List<String> completeSource(String typed) {
    return picker.sources(typed).stream().map(Picks::textOf).toList();
  }

  public void addCitation() {
    citations.add(new CitationRow());
  }

  public void removeCitation(CitationRow row) {
    citations.remove(row);
  }

  /** The form keeps the value kind in step with the chosen property. */
  public void propertyChanged() {
    valueKind = getShownKind();
  }

  // The form's fields.

  public String getEntry() {
    return entry;
  }

  public void setEntry(String entry) {
    if (!started) {
      this.entry = entry;
    }
  }

  public String getClaim() {
    return claim;
  }

  public void setClaim(String claim) {
    if (!started) {
      this.claim = claim;
    }
  }

  /** "Correct Cost: 1.2 billion US dollars", or "Add a claim": the claim in words, not its key. */
  public String getHeading() {
    return claim == null ? "Add a claim" : "Correct " + (corrected == null ? "a claim" : corrected);
  }

  public boolean isCorrecting() {
    return claim != null;
  }

  public String getEntryName() {
    return entryName;
  }

  public String getProperty() {
    return property;
  }

  public void setProperty(String property) {
    this.property = property;
  }

  public ValueKind getValueKind() {
    return valueKind;
  }

  public void setValueKind(ValueKind valueKind) {
    this.valueKind = valueKind;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  public String getTarget() {
    return target;
  }

  public void setTarget(String target) {
    this.target = target;
  }

  public String getAmount() {
    return amount;
  }

  public void setAmount(String amount) {
    this.amount = amount;
  }

  public Unit getUnit() {
    return unit;
  }

  public void setUnit(Unit unit) {
    this.unit = unit;
  }

  public Scale getScale() {
    return scale;
  }

  public void setScale(Scale scale) {
    this.scale = scale;
  }

  public CurrencyCode getCurrency() {
    return currency;
  }

  public void setCurrency(CurrencyCode currency) {
    this.currency = currency;
  }

  public Bound getBound() {
    return bound;
  }

  public void setBound(Bound bound) {
    this.bound = bound;
  }

  public Precision getTimePrecision() {
    return timePrecision;
  }

  public void setTimePrecision(Precision timePrecision) {
    this.timePrecision = timePrecision;
  }

  public String getTimeStart() {
    return timeStart;
  }

  public void setTimeStart(String timeStart) {
    this.timeStart = timeStart;
  }

  public String getTimeEnd() {
    return timeEnd;
  }

  public void setTimeEnd(String timeEnd) {
    this.timeEnd = timeEnd;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public Precision getAppliesPrecision() {
    return appliesPrecision;
  }

  public void setAppliesPrecision(Precision appliesPrecision) {
    this.appliesPrecision = appliesPrecision;
  }

  public String getAppliesStart() {
    return appliesStart;
  }

  public void setAppliesStart(String appliesStart) {
    this.appliesStart = appliesStart;
  }

  public String getAppliesEnd() {
    return appliesEnd;
  }

  public void setAppliesEnd(String appliesEnd) {
    this.appliesEnd = appliesEnd;
  }

  public String getAsStated() {
    return asStated;
  }

  public void setAsStated(String asStated) {
    this.asStated = asStated;
  }

  public ClaimKind getKind() {
    return kind;
  }

  public void setKind(ClaimKind kind) {
    this.kind = kind;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }

  public List<CitationRow> getCitations() {
    return citations;
  }

  public Attempt.Conflict getConflict() {
    return conflict;
  }
}
