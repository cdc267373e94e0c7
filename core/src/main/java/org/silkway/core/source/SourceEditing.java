package org.silkway.core.source;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.silkway.core.access.Callers;
import org.silkway.core.audit.Editor;
import org.silkway.core.entry.EntryKey;
import org.silkway.core.text.InvalidFieldException;
import org.silkway.core.time.TimeSpan;
import org.silkway.core.user.Role;

/**
 * Creates and corrects sources from the source form. A correction starts from the version the
 * editor opened; a source changed since is not overwritten ({@link StaleSourceException}). The
 * editor is the caller the container authenticated, and must be one.
 */
@ApplicationScoped
public class SourceEditing {

  private static final int KEY_SLUG = 60;

  private SourceRepository sources;
  private Callers callers;

  protected SourceEditing() {}

  @Inject
  public SourceEditing(SourceRepository sources, Callers callers) {
    this.sources = sources;
    this.callers = callers;
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

  @Transactional
  public void update(String key, long version, SourceInput input) {
    Editor.actingAs(
        callers.require(Role.EDITOR, "correct a source").name(),
        () -> {
          Source source =
              sources
                  .byKey(key)
                  .orElseThrow(() -> new InvalidFieldException("key", "There is no source " + key));
          if (source.version() != version) {
            throw new StaleSourceException(key);
          }
          source.describe(input.kind(), input.title(), input.language());
          fill(source, input);
          return null;
        });
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
