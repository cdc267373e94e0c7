package org.silkway.core.revision;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Compares two versions of an entry: its names, status and attributes, then its claims by key.
 * Nothing in the register is deleted (a retracted claim stays, marked), so a claim that is
 * retracted in one version and working in the other was removed or added between them; a new draft
 * that corrects a working claim is a proposed change of that claim's value, and the difference
 * names the corrected claim (the one a restore starts from).
 */
public final class Diffs {

  private Diffs() {}

  public static List<Difference> between(EntryVersion from, EntryVersion to) {
    List<Difference> changes = new ArrayList<>();
    for (String language : union(from.names().keySet(), to.names().keySet())) {
      String before = from.names().get(language);
      String after = to.names().get(language);
      if (!Objects.equals(before, after)) {
        changes.add(new Difference(ChangeKind.NAME, null, language, before, after));
      }
    }
    if (!Objects.equals(from.status(), to.status())) {
      changes.add(new Difference(ChangeKind.STATUS, null, "status", from.status(), to.status()));
    }
    for (String attribute : union(from.attributes().keySet(), to.attributes().keySet())) {
      String before = from.attributes().get(attribute);
      String after = to.attributes().get(attribute);
      if (!Objects.equals(before, after)) {
        changes.add(new Difference(ChangeKind.ATTRIBUTE, null, attribute, before, after));
      }
    }
    Map<String, ClaimState> before = byKey(from.claims());
    Map<String, ClaimState> after = byKey(to.claims());
    for (ClaimState now : to.claims()) {
      claim(before.get(now.key()), now, after, changes);
    }
    for (ClaimState then : from.claims()) {
      if (then.isWorking() && !after.containsKey(then.key())) {
        changes.add(removed(then));
      }
    }
    return changes;
  }

  private static void claim(
      ClaimState then, ClaimState now, Map<String, ClaimState> after, List<Difference> changes) {
    boolean was = then != null && then.isWorking();
    if (!was && !now.isWorking()) {
      return;
    }
    if (!was) {
      ClaimState corrected = now.replaces() == null ? null : after.get(now.replaces());
      changes.add(
          corrected != null && corrected.isWorking()
              ? new Difference(
                  ChangeKind.CHANGED, corrected.key(), now.label(), corrected.value(), now.value())
              : new Difference(ChangeKind.ADDED, now.key(), now.label(), null, now.value()));
      return;
    }
    if (!now.isWorking()) {
      changes.add(removed(then));
      return;
    }
    if (!then.value().equals(now.value())) {
      changes.add(
          new Difference(ChangeKind.CHANGED, now.key(), now.label(), then.value(), now.value()));
    }
    if ("DRAFT".equals(then.status()) && "PUBLISHED".equals(now.status())) {
      changes.add(new Difference(ChangeKind.PUBLISHED, now.key(), now.label(), null, now.value()));
    }
    if (then.preferred() != now.preferred()) {
      changes.add(
          new Difference(
              ChangeKind.PREFERENCE,
              now.key(),
              now.label(),
              then.preferred() ? now.value() : null,
              now.preferred() ? now.value() : null));
    }
    if (!then.citations().equals(now.citations())) {
      changes.add(
          new Difference(
              ChangeKind.CITATIONS,
              now.key(),
              now.label(),
              String.join("; ", then.citations()),
              String.join("; ", now.citations())));
    }
    if (then.retractionProposed() != now.retractionProposed()) {
      changes.add(
          new Difference(
              ChangeKind.RETRACTION,
              now.key(),
              now.label(),
              then.retractionProposed() ? "retraction proposed" : null,
              now.retractionProposed() ? "retraction proposed" : null));
    }
  }

  private static Difference removed(ClaimState then) {
    return new Difference(ChangeKind.REMOVED, then.key(), then.label(), then.value(), null);
  }

  private static Map<String, ClaimState> byKey(List<ClaimState> claims) {
    Map<String, ClaimState> map = new LinkedHashMap<>();
    claims.forEach(c -> map.put(c.key(), c));
    return map;
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> all = new LinkedHashSet<>(a);
    all.addAll(b);
    return all;
  }
}
