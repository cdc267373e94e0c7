package org.silkway.core.history;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.silkway.core.claim.Claim;
import org.silkway.core.claim.ValueKind;
import org.silkway.core.entry.Entry;
import org.silkway.core.entry.EntryStatus;
import org.silkway.core.entry.EntryType;
import org.silkway.core.source.Source;

/**
 * The published register at one revision: what every reader path (briefs, the brief index and
 * {@code /briefs}, the export) reads, and nothing else. It holds the published entries by key; of
 * their claims it shows only those {@link Entry#claims()} publishes (a claim whose value is an
 * entry that is not published is left out), and of the sources only those such claims cite, as last
 * approved. Valid only inside the {@link RegisterHistory#read} that handed it out, since claims and
 * citations load on demand.
 *
 * <p>Readers ask it questions (an entry by key, the entries of a type, the entries that refer to
 * one) rather than walk it, so that the current register can answer each with a query on the live
 * tables and load only what a brief needs ({@link PublishedQueries}), and a past one by making
 * again from the audit tables only the entries asked for ({@link AuditedQueries}); a register
 * already in memory (a document read without a database) answers from its list.
 */
public final class PublishedRegister {

  /** Where the published entries come from. */
  interface Entries {

    /** Every published entry, by key. */
    List<Entry> all();

    /** The published entries of a type, by key. */
    List<Entry> ofType(EntryType type);

    Optional<Entry> byKey(String key);

    /** The published entries with a published claim whose value is this published entry. */
    Set<Entry> referrersOf(Entry entry);

    boolean isPublished(Entry entry);

    /**
     * The published projects placed in the target (every one when it is null), by key, with their
     * claims of the properties; here from the entries in memory.
     */
    default List<ProjectOutline> projectsPlacedIn(
        Entry target, Set<String> placing, Set<String> properties) {
      Collection<Entry> candidates =
          target == null ? ofType(EntryType.PROJECT) : referrersOf(target);
      return candidates.stream()
          .filter(e -> e.type() == EntryType.PROJECT)
          .filter(e -> target == null || isPlacedIn(e, target, placing))
          .sorted(Comparator.comparing(Entry::key))
          .map(
              e ->
                  new ProjectOutline(
                      e.key(),
                      claimsOf(e).stream()
                          .filter(c -> properties.contains(c.property()))
                          .map(ProjectOutline.Stated::of)
                          .toList()))
          .toList();
    }

    /**
     * The referrers of the target but the projects placed in it; here from the entries in memory.
     */
    default Set<Entry> referrersBesidesProjectsPlacedIn(Entry target, Set<String> placing) {
      Set<Entry> referrers = new LinkedHashSet<>(referrersOf(target));
      referrers.removeIf(e -> e.type() == EntryType.PROJECT && isPlacedIn(e, target, placing));
      return referrers;
    }

    /** The published entries of a type with their claims; here from the entries in memory. */
    default List<Entry> withClaims(EntryType type) {
      return ofType(type);
    }

    /** The published entries of these keys, in their order; here from the entries in memory. */
    default List<Entry> byKeys(List<String> keys) {
      return keys.stream().map(this::byKey).flatMap(Optional::stream).toList();
    }
  }

  /** Whether one of the entry's published claims of the placing properties names the target. */
  public static boolean isPlacedIn(Entry entry, Entry target, Set<String> placing) {
    return entry.claims().stream()
        .anyMatch(
            c ->
                placing.contains(c.property())
                    && c.value().entry() != null
                    && c.value().entry().key().equals(target.key()));
  }

  private final RegisterRevision revision;
  private final Entries entries;
  private List<Source> sources;

  private PublishedRegister(RegisterRevision revision, Entries entries) {
    this.revision = revision;
    this.entries = entries;
  }

  /**
   * The published register made of these entries; entries that are not published are left out here,
   * so no reader can show a draft by mistake.
   */
  public static PublishedRegister of(RegisterRevision revision, List<Entry> entries) {
    return new PublishedRegister(
        revision,
        new InMemory(
            entries.stream()
                .filter(e -> e.status() == EntryStatus.PUBLISHED)
                .sorted(Comparator.comparing(Entry::key))
                .toList()));
  }

  /** The register before anything was published: what the history's first day is compared with. */
  public static PublishedRegister beforeHistory() {
    return of(new RegisterRevision(0, java.time.Instant.EPOCH), List.of());
  }

  /**
   * The published register in the live tables, found by queries and loaded read-only, entry by
   * entry as readers ask: what a brief of one subject reads of a large register.
   */
  static PublishedRegister queried(RegisterRevision revision, EntityManager em) {
    return new PublishedRegister(revision, new PublishedQueries(em));
  }

  /**
   * The published register at a past revision, from the audit tables, entry by entry as readers ask
   * ({@link AuditedQueries}): what a brief of one subject as of a past day reads.
   */
  static PublishedRegister audited(
      RegisterRevision revision, EntityManager em, long auditRevision) {
    return new PublishedRegister(revision, new AuditedQueries(em, auditRevision));
  }

  public RegisterRevision revision() {
    return revision;
  }

  /** Every published entry, by key. */
  public List<Entry> entries() {
    return entries.all();
  }

  /**
   * The sources the published claims cite, by key: a source created for a draft citation becomes
   * public with that citation, not before.
   */
  public List<Source> sources() {
    if (sources == null) {
      Map<String, Source> cited = new TreeMap<>();
      for (Entry entry : entries()) {
        for (Claim claim : entry.claims()) {
          claim.citations().forEach(c -> cited.putIfAbsent(c.source().key(), c.source()));
        }
      }
      sources = List.copyOf(cited.values());
    }
    return sources;
  }

  public Optional<Entry> entry(String key) {
    return entries.byKey(key);
  }

  /** Whether the entry is published at this revision (a claim may point at a draft). */
  public boolean isPublished(Entry entry) {
    return entry != null && entries.isPublished(entry);
  }

  /** The published entries of a type, by key. */
  public List<Entry> ofType(EntryType type) {
    return entries.ofType(type);
  }

  /**
   * The published entries with a claim whose value is this entry, in key order: the projects in a
   * country, the events a sector was on the agenda of.
   */
  public Set<Entry> referrersOf(Entry entry) {
    if (!isPublished(entry)) {
      return Set.of();
    }
    return Collections.unmodifiableSet(entries.referrersOf(entry));
  }

  /**
   * The published projects that a claim of one of the placing properties places in the target
   * (every published project when there is no target), by key, each with its published claims of
   * the given properties only: what a summary of thousands of projects counts, read without their
   * other claims, citations or sources.
   */
  public List<ProjectOutline> projectsPlacedIn(
      Optional<Entry> target, Set<String> placing, Set<String> properties) {
    if (target.isPresent() && !isPublished(target.get())) {
      return List.of();
    }
    return entries.projectsPlacedIn(target.orElse(null), placing, properties);
  }

  /**
   * The entries {@link #referrersOf} gives, but the projects a claim of one of the placing
   * properties places in the entry: a brief reads those through {@link #projectsPlacedIn}.
   */
  public Set<Entry> referrersBesidesProjectsPlacedIn(Entry entry, Set<String> placing) {
    if (!isPublished(entry)) {
      return Set.of();
    }
    return Collections.unmodifiableSet(entries.referrersBesidesProjectsPlacedIn(entry, placing));
  }

  /**
   * The published entries of a type, by key, with their claims, citations and sources read at once
   * (what {@link #ofType} leaves to be read entry by entry): the framework brief's mechanisms,
   * events, documents, without its projects.
   */
  public List<Entry> entriesOf(EntryType type) {
    return entries.withClaims(type);
  }

  /** The published entries of these keys, with their claims, in the order given. */
  public List<Entry> entries(List<String> keys) {
    return entries.byKeys(keys);
  }

  /** The claims of an entry in the order editors gave them. */
  public static List<Claim> claimsOf(Entry entry) {
    List<Claim> claims = new ArrayList<>(entry.claims());
    claims.sort(Comparator.comparingInt(Claim::sortOrder));
    return claims;
  }

  /** Published entries held in a list: a past revision, or a register read without a database. */
  private static final class InMemory implements Entries {

    private final List<Entry> entries;
    private final Map<String, Entry> byKey = new HashMap<>();
    private Map<String, Set<Entry>> referrers;

    InMemory(List<Entry> entries) {
      this.entries = List.copyOf(entries);
      entries.forEach(entry -> byKey.put(entry.key(), entry));
    }

    @Override
    public List<Entry> all() {
      return entries;
    }

    @Override
    public List<Entry> ofType(EntryType type) {
      return entries.stream().filter(e -> e.type() == type).toList();
    }

    @Override
    public Optional<Entry> byKey(String key) {
      return Optional.ofNullable(byKey.get(key));
    }

    @Override
    public boolean isPublished(Entry entry) {
      return byKey.get(entry.key()) == entry;
    }

    @Override
    public Set<Entry> referrersOf(Entry entry) {
      if (referrers == null) {
        referrers = indexReferrers();
      }
      return referrers.getOrDefault(entry.key(), Set.of());
    }

    private Map<String, Set<Entry>> indexReferrers() {
      Map<String, Set<Entry>> index = new HashMap<>();
      for (Entry entry : entries) {
        for (Claim claim : entry.claims()) {
          if (claim.value().kind() == ValueKind.ENTRY && claim.value().entry() != null) {
            index
                .computeIfAbsent(claim.value().entry().key(), k -> new LinkedHashSet<>())
                .add(entry);
          }
        }
      }
      return index;
    }
  }
}
