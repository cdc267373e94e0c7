package org.silkway.web.admin.entry;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.silkway.core.browse.ClaimView;
import org.silkway.core.browse.EntryDetail;
import org.silkway.core.browse.RegisterBrowser;
import org.silkway.core.curation.AttributeChoices;
import org.silkway.core.curation.EntryEditing;
import org.silkway.core.entry.EntryType;
import org.silkway.web.admin.support.Attempt;
import org.silkway.web.admin.support.FormMessages;
import org.silkway.web.admin.support.NotFound;
import org.silkway.web.admin.support.WordsBean;

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
  @Inject WordsBean words;

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
  public String saveNames() {
    Description typed = new Description(nameEn, nameRu, nameZh, new LinkedHashMap<>(attributes));
    Description opened = loadedDescription;
    boolean draft = "DRAFT".equals(getEntry().review().status());
    return run(
        version -> {
          Description merged = typed.changesSince(opened).appliedTo(currentDescription());
          editing.describe(key, version, merged.toName(), merged.attributes());
        },
        draft
            ? "Saved the name and attributes."
            : "Saved: the new name and attributes wait for review.");
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

  public String retract(String claimKey) {
    String said = said(claimKey);
    boolean draft = isDraft(claimKey);
    return run(
        version -> editing.retractClaim(key, version, claimKey),
        draft
            ? "Retracted " + said + "."
            : "Proposed to retract " + said + ": readers see it until a reviewer approves.");
  }

  public String keep(String claimKey) {
    return run(
        version -> editing.keepClaim(key, version, claimKey),
        "Kept " + said(claimKey) + ": the retraction is withdrawn.");
  }

  public String prefer(String claimKey) {
    return run(
        version -> editing.prefer(key, version, claimKey),
        "Preferred " + said(claimKey) + ". Readers see the preference now.");
  }

  public String clearPreference(String claimKey) {
    return run(
        version -> editing.clearPreference(key, version, claimKey),
        "Cleared the preference among the " + propertyOf(claimKey) + " claims.");
  }

  public String submit() {
    return run(
        version -> editing.submit(key, version),
        "Submitted “" + name() + "” for review: a reviewer approves or sends it back.");
  }

  public String sendBack() {
    String said = comment;
    String outcome =
        run(
            version -> editing.sendBack(key, version, said),
            "Sent “" + name() + "” back to the editors with your comment.");
    if (Attempt.saved()) {
      comment = null;
    }
    return outcome;
  }

  public String approve() {
    return run(
        version -> editing.approve(key, version),
        "Approved and published “" + name() + "”: readers, briefs and the export see it now.");
  }

  public String archive() {
    return run(
        version -> editing.archive(key, version),
        "Archived “" + name() + "”: readers no longer see it.");
  }

  public String restore() {
    return run(version -> editing.restore(key, version), "Restored “" + name() + "” as a draft.");
  }

  /** After a conflict: the editor's change again, on the version that is there now. */
  public String applyMineAgain() {
    if (conflict == null) {
      return null;
    }
    Attempt.Change change = conflict.change();
    long current = conflict.currentVersion();
    conflict = null;
    return run(change, current, "Applied your change to the new version.");
  }

  /** After a conflict: drop what was typed and show the entry as it is now. */
  public String reload() {
    conflict = null;
    loaded = false;
    nameEn = null;
    return here();
  }

  private String run(Attempt.Change change, String done) {
    return run(change, version(), done);
  }

  /**
   * Runs the change; when it is saved, says so in a message that survives the redirect, and
   * redirects to the entry's own address (post-redirect-get): the address keeps {@code ?key=}, and
   * a reload reads the page again instead of posting the form again. When it is refused, the page
   * stays with the messages and what was typed.
   */
  private String run(Attempt.Change change, long version, String done) {
    conflict = Attempt.run(change, version, fields());
    if (!Attempt.saved()) {
      return null;
    }
    FormMessages.done(done);
    loaded = false;
    nameEn = null;
    return here();
  }

  /** This entry's page, by redirect. */
  private String here() {
    return "/admin/entry?faces-redirect=true&key="
        + java.net.URLEncoder.encode(key, java.nio.charset.StandardCharsets.UTF_8);
  }

  private String name() {
    return getEntry().summary().nameEn();
  }

  /** "Cost (about 8 billion US dollars)": a claim as the messages name it, never by its key. */
  private String said(String claimKey) {
    return claimView(claimKey)
        .map(c -> words.property(c.property()) + " (" + c.value() + ")")
        .orElse("the claim");
  }

  private String propertyOf(String claimKey) {
    return claimView(claimKey).map(c -> words.property(c.property())).orElse("");
  }

  private boolean isDraft(String claimKey) {
    return claimView(claimKey).map(ClaimView::isDraft).orElse(false);
  }

  private java.util.Optional<ClaimView> claimView(String claimKey) {
    return getEntry().claims().stream().filter(c -> c.key().equals(claimKey)).findFirst();
  }

  /** The claims that keep the entry from review, as the page names them. */
  public List<ClaimView> getUncited() {
    List<String> keys = getEntry().review().uncited();
    return getEntry().claims().stream().filter(c -> keys.contains(c.key())).toList();
  }

  /** The value a correction would replace: "8 billion US dollars", for "old → new". */
  public String valueOf(String claimKey) {
    return claimView(claimKey).map(ClaimView::value).orElse("");
  }

  /** Whether a correction of this claim waits for review. */
  public boolean isCorrected(String claimKey) {
    return getEntry().claims().stream().anyMatch(c -> c.isDraft() && claimKey.equals(c.replaces()));
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
