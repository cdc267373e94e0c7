package org.silkway.reports.changes;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.silkway.reports.brief.ChangesAssembler.Change;
import org.silkway.reports.brief.model.BriefSubject;

/**
 * One publishing act as readers are told of it: its number and time, what it was in a few words
 * ("approved project/cku-railway"), and what it changed in each brief subject it touched.
 *
 * @param bySubject the changes per subject whose brief changed, subjects in the order the brief
 *     index lists them; a subject it did not touch is absent
 */
public record ChangeSet(
    long revision, Instant publishedAt, String what, Map<BriefSubject, List<Change>> bySubject) {

  public ChangeSet {
    bySubject = Collections.unmodifiableMap(new LinkedHashMap<>(bySubject));
  }

  public List<BriefSubject> subjects() {
    return List.copyOf(bySubject.keySet());
  }
}
