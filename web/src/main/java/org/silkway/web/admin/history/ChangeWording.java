package org.silkway.web.admin.history;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.silkway.core.i18n.Language;
import org.silkway.core.i18n.Vocabulary;
import org.silkway.core.revision.Difference;

/**
 * How the history and diff pages word a difference: "Cost changed", "Russian name", "added". The
 * values themselves come worded in the reader's language from the core.
 */
@Named("changeWording")
@ApplicationScoped
public class ChangeWording {

  private static final Vocabulary ENGLISH = Vocabulary.of(Language.EN);

  /** What changed: a claim's property, "Russian name", "status", an attribute's name. */
  public String subject(Difference d) {
    return switch (d.kind()) {
      case NAME ->
          Language.fromTag(d.subject()).map(ENGLISH::languageName).orElse(d.subject()) + " name";
      case STATUS -> "Status";
      case ATTRIBUTE -> "Attribute " + d.subject();
      default -> d.subject();
    };
  }

  /** How it changed, in a word or two. */
  public String verb(Difference d) {
    return switch (d.kind()) {
      case NAME, ATTRIBUTE ->
          d.before() == null ? "given" : d.after() == null ? "removed" : "changed";
      case STATUS -> "changed";
      case ADDED -> "added";
      case REMOVED -> "removed";
      case CHANGED -> "changed";
      case PUBLISHED -> "approved and published";
      case PREFERENCE -> d.after() != null ? "preferred" : "no longer preferred";
      case CITATIONS -> "citations changed";
      case RETRACTION -> d.after() != null ? "retraction proposed" : "retraction withdrawn";
    };
  }

  /** The old value as the page shows it: a status in words ("In review"), else as given. */
  public String before(Difference d) {
    return shown(d, d.before());
  }

  /** The new value as the page shows it. */
  public String after(Difference d) {
    return shown(d, d.after());
  }

  private static String shown(Difference d, String value) {
    return d.kind() == org.silkway.core.revision.ChangeKind.STATUS && value != null
        ? ENGLISH.status(org.silkway.core.entry.EntryStatus.valueOf(value))
        : value;
  }

  /**
   * The badge of a revision: "published" when readers saw it, else the entry's stage then ("draft
   * change" for a published entry's change not yet approved).
   */
  public String badge(org.silkway.core.revision.EntryVersion v) {
    if (v.published()) {
      return "published";
    }
    return "PUBLISHED".equals(v.status())
        ? "draft change"
        : ENGLISH.status(org.silkway.core.entry.EntryStatus.valueOf(v.status())).toLowerCase();
  }

  /** Whether the page shows an old and a new value side by side for this difference. */
  public boolean sideBySide(Difference d) {
    return switch (d.kind()) {
      case PUBLISHED, PREFERENCE, RETRACTION -> false;
      default -> true;
    };
  }
}
