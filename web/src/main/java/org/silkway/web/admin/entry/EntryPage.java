package org.silkway.web.admin.entry;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.silkway.core.browse.EntryDetail;
import org.silkway.core.browse.RegisterBrowser;
import org.silkway.core.curation.AttributeChoices;
import org.silkway.core.curation.EntryEditing;
import org.silkway.core.entry.EntryType;
import org.silkway.web.admin.support.Attempt;
import org.silkway.web.admin.support.FormMessages;
import org.silkway.web.admin.support.NotFound;

/**
 * Backs {@code admin/entry.xhtml?key=project/cku-railway}: one entry, its evidence, and what an
 * editor or reviewer does to it (rename, retract, prefer, submit, send back, approve). Every action
 * starts from the version the page showed; if someone changed the entry since, the page says who
 * and what, keeps what was typed, and offers to reload or to apply the change to the new version.
 */
@Named
@ViewScoped
public class EntryPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject RegisterBrowser browser;
  @Inject EntryEditing editing;

  private String key;
  // The entry as shown: a read model not worth storing with the session, read again when missing
  // (after a fail-over to another node, or when the session was passivated).
  private transient EntryDetail entry;
  private transient boolean loaded;
  // The version the form was filled from, where every change starts. It travels with the session:
  // read again after a fail-over it would be the newest version, and a save would silently
  // overwrite whatever another editor changed meanwhile instead of showing the conflict.
  private long openedVersion;

  private String nameEn;
  private String nameRu;
  private String nameZh;
  private final Map<String, String> attributes = new LinkedHashMap<>();
  private Description loadedDescription;
  private String comment;
  private Attempt.Conflict conflict;

  public String getKey() {
    return key;
  }

  public void setKey(String key) {
    this.key = key;
  }

  /** A key that names no entry is a 404. */
  public void requireEntry() {
    if (getEntry() == null) {
      NotFound.answer();
    }
  }

  /** The entry, or null when no entry has that key. */
  public EntryDetail getEntry() {
    if (!loaded) {
      entry = key == null ? null : browser.entry(key).orElse(null);
      loaded = true;
      if (entry != null && nameEn == null) {
        fillForm();
      }
    }
    return entry;
  }

  private void fillForm() {
    openedVersion = entry.review().version();
    loadedDescription = descriptionOf(entry);
    nameEn = loadedDescription.en();
    nameRu = loadedDescription.ru();
    nameZh = loadedDescription.zh();
    attributes.clear();
    attributes.putAll(loadedDescription.attributes());
  }

  private long version() {
    getEntry();
    return openedVersion;
  }

  /**
   * Saves what the editor changed in the name and attributes. Only the fields they changed are
   * theirs: applied again after someone else's change, it keeps the other editor's changes to the
   * fields this editor left alone.
   */
  public void saveNames() {
    Description typed = new Description(nameEn, nameRu, nameZh, new LinkedHashMap<>(attributes));
    Description opened = loadedDescription;
    boolean draft = "DRAFT".equals(getEntry().review().status());
    run(
        version -> {
          Description merged = typed.changesSince(opened).appliedTo(currentDescription());
          editing.describe(key, version, merged.toName(), merged.attributes());
        },
        draft ? "Saved." : "Saved: the new name and attributes wait for review.");
  }

  private Description currentDescription() {
    return descriptionOf(browser.entry(key).orElseThrow());
  }

  /**
   * The name and attributes as the form shows them: proposed ones where they wait for review, and
   * only translations a curator gave (the English fallback would be saved as one).
   */
  private static Description descriptionOf(EntryDetail detail) {
    var names = detail.review().nameToEdit();
    Map<String, String> attrs = new LinkedHashMap<>(detail.attributes());
    attrs.putAll(detail.review().proposedAttributes());
    return new Description(names.en(), names.ru(), names.zh(), attrs);
  }

  public void retract(String claimKey) {
    run(version -> editing.retractClaim(key, version, claimKey), "Retracted " + claimKey + ".");
  }

  public void keep(String claimKey) {
    run(version -> editing.keepClaim(key, version, claimKey), "Kept " + claimKey + ".");
  }

  public void prefer(String claimKey) {
    run(version -> editing.prefer(key, version, claimKey), "Preferred " + claimKey + ".");
  }

  public void clearPreference(String claimKey) {
    run(version -> editing.clearPreference(key, version, claimKey), "Cleared the preference.");
  }

  public void submit() {
    run(version -> editing.submit(key, version), "Submitted for review.");
  }

  public void sendBack() {
    String said = comment;
    run(version -> editing.sendBack(key, version, said), "Sent back to the editors.");
    if (Attempt.saved()) {
      comment = null;
    }
  }

  public void approve() {
    run(version -> editing.approve(key, version), "Approved and published.");
  }

  public void archive() {
    run(version -> editing.archive(key, version), "Archived.");
  }

  public void restore() {
    run(version -> editing.restore(key, version), "Restored as a draft.");
  }

  /** After a conflict: the editor's change again, on the version that is there now. */
  public void applyMineAgain() {
    if (conflict == null) {
      return;
    }
    Attempt.Change change = conflict.change();
    long current = conflict.currentVersion();
    conflict = null;
    run(change, current, "Applied your change to the new version.");
  }

  /** After a conflict: drop what was typed and show the entry as it is now. */
  public void reload() {
    conflict = null;
    loaded = false;
    nameEn = null;
    getEntry();
  }

  private void run(Attempt.Change change, String done) {
    run(change, version(), done);
  }

  private void run(Attempt.Change change, long version, String done) {
    conflict = Attempt.run(change, version, fields());
    if (Attempt.saved()) {
      FormMessages.done(done);
      loaded = false;
      nameEn = null;
      getEntry();
    }
  }

  private static java.util.function.Function<String, String> fields() {
    return Map.of(
            "en",
            "entry-form:name-en",
            "ru",
            "entry-form:name-ru",
            "zh",
            "entry-form:name-zh",
            "comment",
            "review-form:comment")
        ::get;
  }

  /** The attribute names of this entry's type, for the form. */
  public List<String> getAttributeNames() {
    return AttributeChoices.of(type());
  }

  /** The values an attribute may take; empty when it is typed. */
  public List<String> attributeValues(String attribute) {
    return AttributeChoices.valuesOf(type(), attribute);
  }

  private EntryType type() {
    return EntryType.fromSlug(getEntry().summary().type()).orElseThrow();
  }

  public Map<String, String> getAttributes() {
    return attributes;
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

  public String getComment() {
    return comment;
  }

  public void setComment(String comment) {
    this.comment = comment;
  }

  public Attempt.Conflict getConflict() {
    return conflict;
  }
}
