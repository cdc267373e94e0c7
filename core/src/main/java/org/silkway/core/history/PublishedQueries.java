package org.silkway.core.history;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.silkway.core.entry.Entry;
import org.silkway.core.entry.EntryRepository;
import org.silkway.core.entry.EntryStatus;
import org.silkway.core.entry.EntryType;

/**
 * The published entries of the live tables, found by queries as a reader asks for them: a country
 * brief reads the entries whose published claims name the country (through the index on a claim's
 * value, as the admin lists' filters do), never the whole register. Entries a query returns come
 * with their claims, and the citations, sources and origins of those claims follow in a few
 * queries, so that reading a brief's entries is a handful of statements rather than one per claim.
 * Every answer is kept for the rest of the read, since a brief asks the same question several
 * times.
 *
 * <p>The entities are those of the reading persistence context, which {@link RegisterHistory#read}
 * makes read-only: they are never dirty-checked or written.
 */
final class PublishedQueries implements PublishedRegister.Entries {

  private final EntryRepository repository;
  private final PlacedProjectQueries placedProjects;
  private final Map<EntryType, List<Entry>> ofType = new EnumMap<>(EntryType.class);
  private final Map<String, Optional<Entry>> byKey = new HashMap<>();
  private final Map<String, Set<Entry>> referrers = new HashMap<>();
  private final Set<Entry> loaded = new HashSet<>();
  private List<Entry> all;

  PublishedQueries(EntityManager em) {
    this.repository = new EntryRepository(em);
    this.placedProjects = new PlacedProjectQueries(em);
  }

  @Override
  public List<Entry> all() {
    if (all == null) {
      all = loaded(repository.publishedWithClaims());
    }
    return all;
  }

  @Override
  public List<Entry> ofType(EntryType type) {
    return ofType.computeIfAbsent(type, repository::publishedOfType);
  }

  @Override
  public Optional<Entry> byKey(String key) {
    return byKey.computeIfAbsent(
        key, k -> repository.byKey(k).filter(e -> e.status() == EntryStatus.PUBLISHED));
  }

  @Override
  public boolean isPublished(Entry entry) {
    return entry.status() == EntryStatus.PUBLISHED;
  }

  @Override
  public Set<Entry> referrersOf(Entry entry) {
    return referrers.computeIfAbsent(
        entry.key(), key -> new LinkedHashSet<>(loaded(repository.publishedReferrersOf(entry))));
  }

  @Override
  public List<ProjectOutline> projectsPlacedIn(
      Entry target, Set<String> placing, Set<String> properties) {
    return placedProjects.outlines(target, placing, properties);
  }

  @Override
  public Set<Entry> referrersBesidesProjectsPlacedIn(Entry target, Set<String> placing) {
    return new LinkedHashSet<>(
        loaded(placedProjects.referrersBesidesPlacedProjects(target, placing)));
  }

  @Override
  public List<Entry> withClaims(EntryType type) {
    return loaded(repository.publishedOfTypeWithClaims(type));
  }

  @Override
  public List<Entry> byKeys(List<String> keys) {
    return loaded(placedProjects.byKeys(keys, EntryRepository.LOAD_CHUNK));
  }

  /** The entries, with the citations and origins of their claims loaded where not yet done. */
  private List<Entry> loaded(List<Entry> entries) {
    List<Entry> fresh = new ArrayList<>();
    for (Entry entry : entries) {
      if (loaded.add(entry)) {
        fresh.add(entry);
      }
    }
    repository.loadCitationsAndOrigins(fresh);
    return entries;
  }
}
