package org.silkway.web.admin.translation;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import org.silkway.core.curation.EntryEditing;
import org.silkway.core.entry.ChangeStatus;
import org.silkway.core.i18n.Language;
import org.silkway.core.i18n.Vocabulary;
import org.silkway.core.translation.TextOriginal;
import org.silkway.core.translation.TranslationQueue;
import org.silkway.web.admin.support.Attempt;
import org.silkway.web.admin.support.FormMessages;
import org.silkway.web.admin.support.NotFound;

/**
 * Backs {@code admin/translate.xhtml?entry=…&claim=…&lang=ru}: a text as its source states it (with
 * the excerpts it is cited from) beside the translation being written. Saving proposes the
 * translation for review, as any change to the entry; it starts from the version the form opened,
 * kept in the view, so a change made meanwhile by someone else shows the conflict box with the
 * translation kept.
 */
@Named
@ViewScoped
public class TranslationForm implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final Vocabulary ENGLISH = Vocabulary.of(Language.EN);

  @Inject EntryEditing editing;
  @Inject TranslationQueue queue;

  private String entry;
  private String claim;
  private String lang;
  private TextOriginal original;
  private long version;
  private String translation;
  private Attempt.Conflict conflict;

  /** Reads the text once, when the form opens; an unknown text or language is not found. */
  public void start() {
    if (original != null) {
      return;
    }
    Optional<TextOriginal> found =
        Language.fromTag(lang).flatMap(language -> queue.original(entry, claim, language));
    if (found.isEmpty()) {
      NotFound.answer();
      return;
    }
    original = found.get();
    version = original.version();
    translation = original.proposed() != null ? original.proposed() : original.published();
  }

  /** Proposes the translation and goes back to the queue; on a refusal, stays with a message. */
  public String save() {
    conflict = Attempt.run(translate(false), version, TranslationForm::component);
    return afterSave("Saved the " + getLanguageName() + " translation of the " + getWhat() + ".");
  }

  /** As {@link #save}, then submits the entry's changes for review. */
  public String saveAndSubmit() {
    conflict = Attempt.run(translate(true), version, TranslationForm::component);
    return afterSave(
        "Saved the "
            + getLanguageName()
            + " translation of the "
            + getWhat()
            + " and submitted "
            + original.entryName()
            + " for review.");
  }

  /** After a conflict: the same translation, on the entry as it is now. */
  public String applyMineAgain() {
    if (conflict == null) {
      return null;
    }
    Attempt.Change change = conflict.change();
    version = conflict.currentVersion();
    conflict = Attempt.run(change, version, TranslationForm::component);
    return afterSave("Applied your translation to the new version.");
  }

  private Attempt.Change translate(boolean submit) {
    String entryKey = entry;
    String claimKey = claim;
    Language language = language();
    String text = translation;
    return v -> {
      editing.translate(entryKey, v, claimKey, language, text);
      if (submit) {
        long saved =
            queue.original(entryKey, claimKey, language).map(TextOriginal::version).orElse(v);
        editing.submit(entryKey, saved);
      }
    };
  }

  private String afterSave(String done) {
    if (!Attempt.saved()) {
      if (conflict != null) {
        version = conflict.currentVersion();
      }
      return null;
    }
    FormMessages.done(done);
    return "/admin/translations?faces-redirect=true&lang="
        + URLEncoder.encode(lang, StandardCharsets.UTF_8);
  }

  /** Where each field the domain names is on the form. */
  private static String component(String field) {
    return "translation".equals(field) ? "translate-form:translation" : null;
  }

  private Language language() {
    return Language.fromTag(lang).orElseThrow();
  }

  /** "Russian". */
  public String getLanguageName() {
    return language().locale().getDisplayLanguage(Locale.ENGLISH);
  }

  /** The original's language, "English"; empty when its source is in another language. */
  public String getOriginalLanguageName() {
    return original.originalLanguage() == null
        ? ""
        : Locale.forLanguageTag(original.originalLanguage()).getDisplayLanguage(Locale.ENGLISH);
  }

  /** "description of China". */
  public String getWhat() {
    return ENGLISH.property(original.property()).toLowerCase(Locale.ROOT)
        + " of "
        + original.entryName();
  }

  /** Whether the entry is submitted, so nothing can be saved until a reviewer decides. */
  public boolean isInReview() {
    return original.changes() == ChangeStatus.IN_REVIEW;
  }

  public TextOriginal getOriginal() {
    return original;
  }

  public String getEntry() {
    return entry;
  }

  public void setEntry(String entry) {
    this.entry = entry;
  }

  public String getClaim() {
    return claim;
  }

  public void setClaim(String claim) {
    this.claim = claim;
  }

  public String getLang() {
    return lang;
  }

  public void setLang(String lang) {
    this.lang = lang;
  }

  public String getTranslation() {
    return translation;
  }

  public void setTranslation(String translation) {
    this.translation = translation;
  }

  public Attempt.Conflict getConflict() {
    return conflict;
  }
}
