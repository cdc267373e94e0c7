package org.silkway.core.source;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.silkway.core.access.Callers;
import org.silkway.core.audit.Editor;
import org.silkway.core.entry.Entry;
import org.silkway.core.entry.EntryKey;
import org.silkway.core.entry.EntryRepository;
import org.silkway.core.publication.Publications;
import org.silkway.core.text.InvalidFieldException;
import org.silkway.core.time.TimeSpan;
import org.silkway.core.user.Role;

/**
 * Creates and corrects sources from the source form, and reviews corrections of sources readers
 * see. A correction starts from the version the editor opened; a source changed since is not
 * overwritten ({@link StaleSourceException}), also when two editors save at the same moment. The
 * editor is the caller the container authenticated, and must be one.
 *
 * <p>Sources go through review like entries. A source that a published claim cites keeps what
 * readers see until a reviewer, not the editor who proposed it (four eyes), approves the change;
 * approving it is a publication. A source no reader sees yet (created for a draft citation) changes
 * at once, and every entry whose claims cite it counts as changed, so that a reviewer approves the
 * entry with the source as it is then, not as it was when they opened it.
 */
@ApplicationScoped
public class SourceEditing {

  private static final int KEY_SLUG = 60;

  private SourceRepository sources;
  private EntryRepository entries;
  private Publications publications;
  private Callers callers;
  private boolean fourEyes;

  protected SourceEditing() {}

  /** For use outside a container (tools, tests): every part on the one entity manager. */
  public SourceEditing(EntityManager em, Callers callers, boolean fourEyes) {
    this(
        new SourceRepository(em), new EntryRepository(em), new Publications(em), callers, fourEyes);
  }

  @Inject
  public SourceEditing(
      SourceRepository sources,
      EntryRepository entries,
      Publications publications,
      Callers callers,
      @ConfigProperty(name = "silkway.review.four-eyes", defaultValue = "true") boolean fourEyes) {
    this.sources = sources;
    this.entries = entries;
    this.publications = publications;
    this.callers = callers;
    this.fourEyes = fourEyes;
  }

  /**
   * @return the new source's key, made from its title
   */
  @Transactional
  public String create(SourceInput input) {
    return Editor.actingAs(
        callers.require(Role.EDITOR, "create a source").name(),
        () -> {
          String slug = EntryKey.slugOf(input.title(), KEY_SLUG);
          String key = slug.isEmpty() ? "source" : slug;
          for (int n = 2; sources.byKey(key).isPresent(); n++) {
            key = (slug.isEmpty() ? "source" : slug) + "-" + n;
          }
          Source source = new Source(key, input.kind(), input.title(), input.language());
          fill(source, input);
          sources.add(source);
          return key;
        });
  }

  /**
   * Corrects a source from the version the editor opened: at once while no reader sees it, as a
   * change waiting for review once a published claim cites it.
   *
   * @return whether the change waits for review
   */
  @Transactional
  public boolean update(String key, long version, SourceInput input) {
    String editor = callers.require(Role.EDITOR, "correct a source").name();
    return Editor.actingAs(
        editor,
        () -> {
          Source source = current(key, version);
          boolean waits = sources.isPublic(source);
          if (waits) {
            check(input);
            source.propose(input, editor, Instant.now());
          } else {
            apply(source, input);
            for (Entry citing : entries.citing(source)) {
              citing.recordEdit(editor, Instant.now(), "corrected the source " + source.title());
            }
          }
          flush(key);
          return waits;
        });
  }

  /** A reviewer approves a source's waiting change: readers see it from now on. */
  @Transactional
  public void approveChange(String key, long version) {
    String reviewer = callers.require(Role.REVIEWER, "approve a change to a source").name();
    Editor.actingAs(
        reviewer,
        () ->
            publications.publish(
                "approved a change to the source " + key,
                () -> {
                  Source source = current(key, version);
                  if (source.proposedChange().isEmpty()) {
                    throw new IllegalStateException("No change to this source waits for review.");
                  }
                  if (fourEyes && reviewer.equals(source.proposedBy())) {
                    throw new IllegalStateException(
                        "You proposed this change to the source: another reviewer approves it.");
                  }
                  apply(source, source.takeProposedChange());
                  flush(key);
                  return null;
                }));
  }

  /** A reviewer turns a source's waiting change down; readers keep what they see. */
  @Transactional
  public void rejectChange(String key, long version) {
    String reviewer = callers.require(Role.REVIEWER, "turn down a change to a source").name();
    Editor.actingAs(
        reviewer,
        () -> {
          Source source = current(key, version);
          if (source.proposedChange().isPresent()) {
            source.takeProposedChange();
          }
          flush(key);
          return null;
        });
  }

  /** The sources with a change waiting for review, oldest first. */
  @Transactional
  public List<Source> waitingForReview() {
    return sources.withProposedChanges();
  }

  private Source current(String key, long version) {
    Source source =
        sources
            .byKey(key)
            .orElseThrow(() -> new InvalidFieldException("key", "There is no source " + key));
    if (source.version() != version) {
      throw new StaleSourceException(key);
    }
    return source;
  }

  /** Two saves of one source at the same moment: the second is told, as for a stale version. */
  private void flush(String key) {
    try {
      sources.flush();
    } catch (OptimisticLockException e) {
      throw new StaleSourceException(key);
    }
  }

  /** Checks a change without applying it, on a copy, field by field as the form names them. */
  private static void check(SourceInput input) {
    apply(new Source("check", input.kind(), input.title(), input.language()), input);
  }

  private static void apply(Source source, SourceInput input) {
    source.describe(input.kind(), input.title(), input.language());
    fill(source, input);
  }

  @Transactional
  public Optional<Source> byKey(String key) {
    return sources.byKey(key);
  }

  private static void fill(Source source, SourceInput input) {
    source
        .attributedTo(input.outlet(), input.author())
        .publishedOn(published(input), input.publishedNote())
        .locatedAt(input.url(), source.file(), retrieved(input.retrieved()));
  }

  private static TimeSpan published(SourceInput input) {
    if (input.publishedStart() == null || input.publishedStart().isBlank()) {
      return null;
    }
    if (input.publishedPrecision() == null) {
      throw new InvalidFieldException(
          "published.precision", "Choose how precise the date is: day, month or year");
    }
    String end =
        input.publishedEnd() == null || input.publishedEnd().isBlank()
            ? null
            : input.publishedEnd().strip();
    try {
      return new TimeSpan(input.publishedStart().strip(), end, input.publishedPrecision());
    } catch (InvalidFieldException e) {
      throw new InvalidFieldException("published." + e.field(), e.getMessage());
    }
  }

  private static LocalDate retrieved(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw new InvalidFieldException(
          "retrieved", "A day such as 2025-06-20, not " + org.silkway.core.text.Text.quote(text));
    }
  }
}
