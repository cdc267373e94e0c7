package org.silkway.core.history;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.silkway.core.claim.Claim;
import org.silkway.core.claim.ValueKind;
import org.silkway.core.entry.Entry;
import org.silkway.core.entry.EntryStatus;
import org.silkway.core.entry.EntryType;
import org.silkway.core.source.Source;

/**
 * The published register at one revision, as domain objects, for readers that need the domain's own
 * rules (a project's lifecycle, where sources disagree): every published entry by key, every
 * source, and which entries point at which. Valid only inside the {@link RegisterHistory#read} that
 * handed it out, since claims and citations load on demand.
 */
public final class PublishedRegister {

  private final RegisterRevision revision;
  private final List<Entry> entries;
  private final List<Source> sources;
  private final Map<String, Entry> byKey = new HashMap<>();
  private Map<String, Set<Entry>> referrers;

  private PublishedRegister(RegisterRevision revision, List<Entry> entries, List<Source> sources) {
    this.revision = revision;
    this.entries = List.copyOf(entries);
    this.sources = List.copyOf(sources);
    entries.forEach(entry -> byKey.put(entry.key(), entry));
  }

  /**
   * The published register made of these entries and sources; entries that are not published are
   * left out here, so no reader can show a draft by mistake.
   */
  public static PublishedRegister of(
      RegisterRevision revision, List<Entry> entries, List<Source> sources) {
    return new PublishedRegister(
        revision,
        entries.stream()
            .filter(e -> e.status() == EntryStatus.PUBLISHED)
            .sorted(Comparator.comparing(Entry::key))
            .toList(),
        sources.stream().sorted(Comparator.comparing(Source::key)).toList());
  }

  public RegisterRevision revision() {
    return revision;
  }

  /** Every published entry, by key. */
  public List<Entry> entries() {
    return entries;
  }

  /** Every source, by key. */
  public List<Source> sources() {
    return sources;
  }

  public Optional<Entry> entry(String key) {
    return Optional.ofNullable(byKey.get(key));
  }

  /** Whether the entry is published at this revision (a claim may point at a draft). */
  public boolean isPublished(Entry entry) {
    return entry != null && byKey.get(entry.key()) == entry;
  }

  public List<Entry> ofType(EntryType type) {
    return entries.stream().filter(e -> e.type() == type).toList();
  }

  /**
   * The published entries with a claim whose value is this entry, in key order: the projects in a
   * country, the events a sector was on the agenda of.
   */
  public Set<Entry> referrersOf(Entry entry) {
    if (referrers == null) {
      referrers = indexReferrers();
    }
    return Collections.unmodifiableSet(referrers.getOrDefault(entry.key(), Set.of()));
  }

  private Map<String, Set<Entry>> indexReferrers() {
    Map<String, Set<Entry>> index = new HashMap<>();
    for (Entry entry : entries) {
      for (Claim claim : entry.claims()) {
        if (claim.value().kind() == ValueKind.ENTRY && claim.value().entry() != null) {
          index.computeIfAbsent(claim.value().entry().key(), k -> new LinkedHashSet<>()).add(entry);
        }
      }
    }
    return index;
  }

  /** The claims of an entry in the order editors gave them. */
  public static List<Claim> claimsOf(Entry entry) {
    List<Claim> claims = new ArrayList<>(entry.claims());
    claims.sort(Comparator.comparingInt(Claim::sortOrder));
    return claims;
  }
}
