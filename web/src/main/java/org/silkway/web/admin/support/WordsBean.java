package org.silkway.web.admin.support;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import org.silkway.core.claim.ClaimKind;
import org.silkway.core.entry.EntryStatus;
import org.silkway.core.entry.EntryType;
import org.silkway.core.i18n.Formats;
import org.silkway.core.i18n.Language;
import org.silkway.core.i18n.Vocabulary;

/**
 * The vocabulary's English words for admin pages ({@code #{words.property(c.property())}}), so a
 * page labels properties, types, statuses and claim kinds as briefs do instead of printing codes.
 * The read models give these as the register's names (a slug, an enum name).
 */
@Named("words")
@ApplicationScoped
public class WordsBean {

  private final Vocabulary english = Vocabulary.of(Language.EN);
  private final Formats formats = Formats.of(Language.EN);

  /** "Border with China" for {@code border-length-with-china}. */
  public String property(String property) {
    return english.property(property);
  }

  /** "Project" for {@code project}. */
  public String type(String slug) {
    return english.type(typeOf(slug));
  }

  /** "Projects" for {@code project}. */
  public String types(String slug) {
    return english.types(typeOf(slug));
  }

  /** "In review" for {@code IN_REVIEW}. */
  public String status(String status) {
    return english.status(EntryStatus.valueOf(status));
  }

  /** "approx." for {@code ESTIMATE}; nothing for {@code ACTUAL}. */
  public String kind(String kind) {
    return english.kind(ClaimKind.valueOf(kind));
  }

  /** A word of the admin pages by its key: {@code #{words.word('page.backup.title')}}. */
  public String word(String key) {
    return english.word(key);
  }

  /** "Russian" for {@code ru}: a language named in English. */
  public String languageName(String tag) {
    return Language.fromTag(tag).map(english::languageName).orElse(tag);
  }

  /** "1 December 2026, 20:56 UTC" for a moment; nothing for none. */
  public String moment(Instant instant) {
    return instant == null ? "" : formats.dateTime(instant);
  }

  private static EntryType typeOf(String slug) {
    return EntryType.fromSlug(slug)
        .orElseThrow(() -> new IllegalArgumentException("No entry type '" + slug + "'"));
  }
}
