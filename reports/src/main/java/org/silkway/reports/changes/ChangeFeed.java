package org.silkway.reports.changes;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.silkway.core.history.PublishedRegister;
import org.silkway.core.history.RegisterHistory;
import org.silkway.core.i18n.Language;
import org.silkway.core.publication.Publication;
import org.silkway.reports.brief.BriefAssembler;
import org.silkway.reports.brief.ChangesAssembler;
import org.silkway.reports.brief.ChangesAssembler.Change;
import org.silkway.reports.brief.model.BriefSubject;

/**
 * The change sets published between two moments: each publishing act compared with the one before
 * it, subject by subject, as the briefs would show it.
 *
 * <p>A publication never changes once made, so what it changed is worked out once per language and
 * kept (Caffeine, bounded): the first reader of a long period pays two reads of the register per
 * publication, later readers none.
 */
@ApplicationScoped
public class ChangeFeed {

  /**
   * At most this many change sets in one answer: a reader who wants more asks for a shorter span.
   */
  public static final int MOST = 200;

  private RegisterHistory history;

  private final Cache<Key, ChangeSet> changeSets = Caffeine.newBuilder().maximumSize(5_000).build();

  protected ChangeFeed() {}

  @Inject
  public ChangeFeed(RegisterHistory history) {
    this.history = history;
  }

  /**
   * The change sets published from {@code from} (included) to {@code to} (excluded), oldest first;
   * with a subject, only those that changed its brief, each with that subject's changes alone.
   */
  public List<ChangeSet> between(
      Instant from, Instant to, Optional<BriefSubject> subject, Language language) {
    List<ChangeSet> found = new ArrayList<>();
    for (Publication publication : history.publicationsBetween(from, to, MOST)) {
      ChangeSet all =
          changeSets.get(
              new Key(publication.number(), language), key -> compare(publication, language));
      if (subject.isEmpty()) {
        found.add(all);
      } else if (all.bySubject().containsKey(subject.get())) {
        found.add(
            new ChangeSet(
                all.revision(),
                all.publishedAt(),
                all.what(),
                Map.of(subject.get(), all.bySubject().get(subject.get()))));
      }
    }
    return found;
  }

  private ChangeSet compare(Publication publication, Language language) {
    Map<BriefSubject, List<Change>> bySubject =
        history.compare(
            history.before(publication.revision()),
            Optional.of(publication.revision()),
            (before, after) -> {
              Map<BriefSubject, List<Change>> changed = new LinkedHashMap<>();
              for (BriefSubject subject : subjects(before, after)) {
                List<Change> changes = ChangesAssembler.worded(before, after, subject, language);
                if (!changes.isEmpty()) {
                  changed.put(subject, changes);
                }
              }
              return changed;
            });
    return new ChangeSet(
        publication.number(), publication.publishedAt(), publication.what(), bySubject);
  }

  /** Every subject with a brief after, then those whose brief the publication took away. */
  private static Set<BriefSubject> subjects(PublishedRegister before, PublishedRegister after) {
    Set<BriefSubject> subjects = new LinkedHashSet<>(BriefAssembler.available(after));
    subjects.addAll(BriefAssembler.available(before));
    return subjects;
  }

  private record Key(long publication, Language language) {}
}
