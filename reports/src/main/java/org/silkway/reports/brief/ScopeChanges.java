package org.silkway.reports.brief;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.silkway.core.claim.Citation;
import org.silkway.core.claim.Claim;
import org.silkway.core.entry.Entry;
import org.silkway.core.history.PublishedRegister;
import org.silkway.reports.brief.model.BriefSubject;

/**
 * What changed in one brief's subject between two published registers, claim by claim, as a reader
 * of that brief would notice it: a claim that appeared (added), a claim that left and another about
 * the same thing that took its place (corrected: a correction publishes a new claim and retracts
 * the old one), a claim that left without one (retracted), a claim whose sources changed.
 *
 * <p>The entries compared are those the brief prints ({@link BriefScope}) in either register, so an
 * entry that joined or left the subject counts too; of an entry outside the scope that only names
 * the subject (China's visa-free arrangement with Kazakhstan), only the claims naming it. Every
 * project in scope is compared, also those a brief of more than a hundred does not list.
 */
final class ScopeChanges {

  /** What happened to one claim. */
  enum Kind {
    CORRECTED,
    ADDED,
    RETRACTED,
    SOURCES
  }

  /**
   * One changed claim.
   *
   * @param before the claim readers saw before, or null when there was none
   * @param after the claim readers see after, or null when there is none
   */
  record ClaimChange(Kind kind, Claim before, Claim after) {

    Claim either() {
      return after != null ? after : before;
    }
  }

  /** The changed claims of one entry, as the entry reads after (or before, when it left). */
  record EntryChanges(Entry entry, List<ClaimChange> changes) {}

  private ScopeChanges() {}

  /**
   * @param before the register readers saw before; an empty one before the history starts
   * @return the entries with changed claims, in key order; empty when nothing changed
   */
  static List<EntryChanges> of(
      PublishedRegister before, PublishedRegister after, BriefSubject subject) {
    Watched then = Watched.of(before, subject);
    Watched now = Watched.of(after, subject);
    Set<String> keys = new TreeSet<>(then.entries.keySet());
    keys.addAll(now.entries.keySet());
    List<EntryChanges> changed = new ArrayList<>();
    for (String key : keys) {
      boolean whole = then.whole.contains(key) || now.whole.contains(key);
      List<Claim> was = then.claimsOf(before, key, whole);
      List<Claim> is = now.claimsOf(after, key, whole);
      List<ClaimChange> changes = compare(was, is);
      if (!changes.isEmpty()) {
        Entry entry = now.entries.getOrDefault(key, then.entries.get(key));
        changed.add(new EntryChanges(entry, changes));
      }
    }
    return changed;
  }

  /**
   * Pairs the claims by key; a claim gone and a claim come about the same property and period are a
   * correction, in the order the entry gives them.
   */
  static List<ClaimChange> compare(List<Claim> was, List<Claim> is) {
    Map<String, Claim> before = byKey(was);
    Map<String, Claim> after = byKey(is);
    List<Claim> gone =
        new ArrayList<>(was.stream().filter(c -> !after.containsKey(c.key())).toList());
    List<Claim> come =
        new ArrayList<>(is.stream().filter(c -> !before.containsKey(c.key())).toList());
    List<ClaimChange> changes = new ArrayList<>();
    for (Claim old : List.copyOf(gone)) {
      Optional<Claim> replacement = come.stream().filter(c -> sameThing(old, c)).findFirst();
      if (replacement.isPresent()) {
        changes.add(new ClaimChange(Kind.CORRECTED, old, replacement.get()));
        gone.remove(old);
        come.remove(replacement.get());
      }
    }
    for (Claim kept : is) {
      Claim old = before.get(kept.key());
      if (old == null) {
        continue;
      }
      if (!old.value().sameAs(kept.value())) {
        changes.add(new ClaimChange(Kind.CORRECTED, old, kept));
      } else if (!citations(old).equals(citations(kept))) {
        changes.add(new ClaimChange(Kind.SOURCES, old, kept));
      }
    }
    come.forEach(c -> changes.add(new ClaimChange(Kind.ADDED, null, c)));
    gone.forEach(c -> changes.add(new ClaimChange(Kind.RETRACTED, c, null)));
    changes.sort(Comparator.comparingInt((ClaimChange c) -> c.either().sortOrder()));
    return changes;
  }

  private static boolean sameThing(Claim a, Claim b) {
    return a.property().equals(b.property()) && Objects.equals(a.appliesTo(), b.appliesTo());
  }

  /** A claim's citations as readers see them: which source, which words. */
  private static List<String> citations(Claim claim) {
    return claim.citations().stream()
        .sorted(Comparator.comparingInt(Citation::sortOrder))
        .map(c -> c.source().key() + "|" + c.excerpt())
        .toList();
  }

  private static Map<String, Claim> byKey(List<Claim> claims) {
    Map<String, Claim> map = new LinkedHashMap<>();
    claims.forEach(c -> map.put(c.key(), c));
    return map;
  }

  /**
   * The entries one register's brief of the subject prints: whole (the entries in scope) or in part
   * (entries that only name the subject).
   */
  private record Watched(Map<String, Entry> entries, Set<String> whole, Optional<Entry> subject) {

    static Watched of(PublishedRegister register, BriefSubject subject) {
      Map<String, Entry> entries = new TreeMap<>();
      Set<String> whole = new TreeSet<>();
      Optional<BriefScope> scope = BriefScope.of(register, subject);
      if (scope.isEmpty()) {
        return new Watched(entries, whole, Optional.empty());
      }
      for (Entry entry : scope.get().all()) {
        entries.put(entry.key(), entry);
        whole.add(entry.key());
      }
      // A brief lists at most a hundred of its projects, but a change to any of them is news.
      if (scope.get().listsSomeProjects()) {
        for (Entry project : register.entries(scope.get().projectsInScope().keys())) {
          entries.put(project.key(), project);
          whole.add(project.key());
        }
      }
      for (Claim claim : scope.get().namedBy()) {
        entries.putIfAbsent(claim.entry().key(), claim.entry());
      }
      return new Watched(entries, whole, scope.get().entry());
    }

    /**
     * The published claims of the entry in this register that the brief prints: all of them when
     * the entry is in scope in either register, else those naming the subject.
     */
    List<Claim> claimsOf(PublishedRegister register, String key, boolean whole) {
      Optional<Entry> entry = register.entry(key);
      if (entry.isEmpty()) {
        return List.of();
      }
      Predicate<Claim> printed = whole ? c -> true : this::namesSubject;
      return PublishedRegister.claimsOf(entry.get()).stream().filter(printed).toList();
    }

    private boolean namesSubject(Claim claim) {
      return subject.isPresent()
          && claim.value().entry() != null
          && claim.value().entry().key().equals(subject.get().key());
    }
  }
}
