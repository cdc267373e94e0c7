package org.silkway.web.admin.source;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.silkway.core.access.NotAllowedException;
import org.silkway.core.source.Source;
import org.silkway.core.source.SourceEditing;
import org.silkway.core.source.SourceInput;
import org.silkway.core.source.SourceKind;
import org.silkway.core.source.StaleSourceException;
import org.silkway.core.text.InvalidFieldException;
import org.silkway.core.time.Precision;
import org.silkway.web.admin.support.FormMessages;
import org.silkway.web.admin.support.NotFound;

/**
 * Backs {@code admin/source.xhtml?key=seed-003} (correct a source) and {@code admin/source.xhtml}
 * (a new one): title, kind, outlet, author, publication date at its precision, URL, language, the
 * day it was read. What was typed stays whatever goes wrong.
 */
@Named
@ViewScoped
public class SourceForm implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject SourceEditing editing;

  private String key;
  private boolean started;
  private long version;

  /** The approved source, shown beside a change that waits for review; null when none waits. */
  private SourceInput approved;

  /** The change that waits, shown beside the approved source; null when none waits. */
  private SourceInput proposed;

  private String proposedBy;

  private String title;
  private SourceKind kind = SourceKind.ARTICLE;
  private String outlet;
  private String author;
  private Precision publishedPrecision = Precision.DAY;
  private String publishedStart;
  private String publishedEnd;
  private String publishedNote;
  private String url;
  private String language = "en";
  private String retrieved;

  public void start() {
    if (started) {
      return;
    }
    started = true;
    if (key == null || key.isBlank()) {
      key = null;
      return;
    }
    Optional<Source> source = editing.byKey(key);
    if (source.isEmpty()) {
      NotFound.answer();
      return;
    }
    version = source.get().version();
    Optional<SourceInput> waiting = source.get().proposedChange();
    if (waiting.isPresent()) {
      approved = SourceInput.of(source.get());
      proposed = waiting.get();
      proposedBy = source.get().proposedBy();
    }
    // An editor goes on from the change that waits, so that a second edit does not undo the first.
    SourceInput s = waiting.orElse(SourceInput.of(source.get()));
    title = s.title();
    kind = s.kind();
    outlet = s.outlet();
    author = s.author();
    publishedPrecision = s.publishedPrecision() == null ? Precision.DAY : s.publishedPrecision();
    publishedStart = s.publishedStart();
    publishedEnd = s.publishedEnd();
    publishedNote = s.publishedNote();
    url = s.url();
    language = s.language();
    retrieved = s.retrieved();
  }

  public String save() {
    SourceInput input =
        new SourceInput(
            title,
            kind,
            outlet,
            author,
            publishedPrecision,
            publishedStart,
            publishedEnd,
            publishedNote,
            url,
            language,
            retrieved);
    try {
      if (key == null) {
        key = editing.create(input);
        FormMessages.done("Added source " + key + ".");
      } else {
        boolean waits = editing.update(key, version, input);
        FormMessages.done(
            waits
                ? "Saved. Briefs cite this source, so your change waits for a reviewer; readers"
                    + " see the approved version until then."
                : "Saved source " + key + ".");
      }
      return "/admin/source?faces-redirect=true&key="
          + URLEncoder.encode(key, StandardCharsets.UTF_8);
    } catch (InvalidFieldException e) {
      FormMessages.at(e, SourceForm::component);
    } catch (StaleSourceException e) {
      FormMessages.error(e.getMessage());
    }
    return null;
  }

  /** A reviewer approves the change that waits: briefs print the source as changed from now on. */
  public String approveChange() {
    return review(() -> editing.approveChange(key, version), "Approved: briefs print the change.");
  }

  /** A reviewer turns the waiting change down: the source stays as approved. */
  public String rejectChange() {
    return review(
        () -> editing.rejectChange(key, version), "Turned down: the source stays as it was.");
  }

  private String review(Runnable decision, String done) {
    try {
      decision.run();
      FormMessages.done(done);
      return "/admin/source?faces-redirect=true&key="
          + URLEncoder.encode(key, StandardCharsets.UTF_8);
    } catch (IllegalStateException | NotAllowedException e) {
      // A stale version, four eyes, or no change waiting: each is worded for the reviewer.
      FormMessages.error(e.getMessage());
    }
    return null;
  }

  /** Whether a change to this source waits for review. */
  public boolean isChangeWaiting() {
    return approved != null;
  }

  /** The source as approved, shown beside the waiting change. */
  public SourceInput getApproved() {
    return approved;
  }

  public SourceInput getProposed() {
    return proposed;
  }

  public String getProposedBy() {
    return proposedBy;
  }

  private static String component(String field) {
    return switch (field) {
      case "title" -> "source-form:title";
      case "kind" -> "source-form:kind";
      case "outlet" -> "source-form:outlet";
      case "author" -> "source-form:author";
      case "published.precision" -> "source-form:published-precision";
      case "published.start" -> "source-form:published-start";
      case "published.end" -> "source-form:published-end";
      case "publishedNote" -> "source-form:published-note";
      case "url" -> "source-form:url";
      case "language" -> "source-form:language";
      case "retrieved" -> "source-form:retrieved";
      default -> null;
    };
  }

  public boolean isNew() {
    return key == null;
  }

  public SourceKind[] getKinds() {
    return SourceKind.values();
  }

  public Precision[] getPrecisions() {
    return Precision.values();
  }

  public String getKey() {
    return key;
  }

  public void setKey(String key) {
    if (!started) {
      this.key = key;
    }
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public SourceKind getKind() {
    return kind;
  }

  public void setKind(SourceKind kind) {
    this.kind = kind;
  }

  public String getOutlet() {
    return outlet;
  }

  public void setOutlet(String outlet) {
    this.outlet = outlet;
  }

  public String getAuthor() {
    return author;
  }

  public void setAuthor(String author) {
    this.author = author;
  }

  public Precision getPublishedPrecision() {
    return publishedPrecision;
  }

  public void setPublishedPrecision(Precision publishedPrecision) {
    this.publishedPrecision = publishedPrecision;
  }

  public String getPublishedStart() {
    return publishedStart;
  }

  public void setPublishedStart(String publishedStart) {
    this.publishedStart = publishedStart;
  }

  public String getPublishedEnd() {
    return publishedEnd;
  }

  public void setPublishedEnd(String publishedEnd) {
    this.publishedEnd = publishedEnd;
  }

  public String getPublishedNote() {
    return publishedNote;
  }

  public void setPublishedNote(String publishedNote) {
    this.publishedNote = publishedNote;
  }

  public String getUrl() {
    return url;
  }

  public void setUrl(String url) {
    this.url = url;
  }

  public String getLanguage() {
    return language;
  }

  public void setLanguage(String language) {
    this.language = language;
  }

  public String getRetrieved() {
    return retrieved;
  }

  public void setRetrieved(String retrieved) {
    this.retrieved = retrieved;
  }
}
