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

  /** Whether the page shows an old and a new value side by side for this difference. */
  public boolean sideBySide(Difference d) {
    return switch (d.kind()) {
      case PUBLISHED, PREFERENCE, RETRACTION -> false;
      default -> true;
    };
  }
}
