package org.silkway.core.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Tuple;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.silkway.core.browse.Search;
import org.silkway.core.claim.ClaimStatus;
import org.silkway.core.entry.EntryStatus;
import org.silkway.core.entry.EntryType;
import org.silkway.core.i18n.Language;
import org.silkway.core.i18n.LocalizedName;

/**
 * Finds entries and sources by what a person types, in any of the three languages: a handful of
 * queries, each bounded, over names, keys (for editors), source titles, claim texts and cited
 * excerpts, merged so that every entry or source appears once, where it matched best. Matching is
 * {@code lower(text) like '%typed%'}, as in the admin lists, which PostgreSQL answers from trigram
 * indexes (migration {@code db/postgresql/V11}) and H2 by reading the rows.
 */
@ApplicationScoped
@Transactional
public class RegisterSearch {

  /** The most hits one search returns. */
  public static final int MOST_HITS = 50;

  /**
   * The fewest characters searched for in claim texts and excerpts. A trigram index cannot serve a
   * shorter pattern, so one or two characters would read every claim and citation of the register
   * (1.4 s at 100,000 projects); in names, a two-character Chinese word ("铁路") is still found.
   */
  static final int SHORTEST_IN_TEXTS = 3;

  /** Characters of context shown on each side of a match in a long text. */
  private static final int CONTEXT = 60;

  private static final String ENTRY_COLUMNS =
      "e.key as key, e.storedType as type, e.name.en as en, e.name.ru as ru, e.name.zh as zh";

  @PersistenceContext(unitName = "silkway")
  private EntityManager em;

  protected RegisterSearch() {}

  /** For use outside a container (tools, tests). */
  public RegisterSearch(EntityManager em) {
    this.em = em;
  }

  /**
   * What matches the typed text, best first: names before source titles before claim texts before
   * excerpts; among names an exact one, then one that starts with the text; then shorter names.
   *
   * @param limit at most this many hits, and never more than {@link #MOST_HITS}
   * @return nothing when nothing was typed
   */
  public List<SearchHit> find(String typed, Audience audience, int limit) {
    String text = Search.pattern(typed);
    if (text == null) {
      return List.of();
    }
    Query query =
        new Query(
            text,
            Search.startPattern(typed),
            Search.normalized(typed),
            audience,
            Math.max(1, Math.min(limit, MOST_HITS)));
    Map<String, SearchHit> best = new LinkedHashMap<>();
    for (SearchHit hit : names(query)) {
      keep(best, hit);
    }
    if (audience == Audience.EDITORS) {
      keys(query).forEach(hit -> keep(best, hit));
    }
    sources(query).forEach(hit -> keep(best, hit));
    if (query.exact().length() >= SHORTEST_IN_TEXTS) {
      claimTexts(query).forEach(hit -> keep(best, hit));
      excerpts(query).forEach(hit -> keep(best, hit));
    }
    return best.values().stream()
        .sorted(
            Comparator.comparing(SearchHit::matchedIn)
                .thenComparing(hit -> hit.name().in(Language.EN).length())
                .thenComparing(hit -> hit.name().in(Language.EN)))
        .limit(query.limit())
        .toList();
  }

  /** The text as the queries take it, and how many rows each may return. */
  private record Query(String text, String start, String exact, Audience audience, int limit) {

    boolean readers() {
      return audience == Audience.READERS;
    }
  }

  /** The first hit of a thing is its best: the queries run from the best kind of match down. */
  private static void keep(Map<String, SearchHit> best, SearchHit hit) {
    best.merge(
        hit.type() + "/" + hit.key(),
        hit,
        (kept, other) -> other.matchedIn().compareTo(kept.matchedIn()) < 0 ? other : kept);
  }

  /**
   * Entries named exactly what was typed, then those whose name starts with it, then those whose
   * name holds it: three bounded queries rather than one that ranks every match, because sorting
   * all the names that hold a common word ("railway") costs more on a large register than the rest
   * of the search (docs/measurements.md). Within a kind the order is the database's.
   */
  private List<SearchHit> names(Query q) {
    List<SearchHit> hits = new ArrayList<>();
    hits.addAll(namesWhere(q, "=", q.exact(), MatchedIn.NAME_EXACT));
    hits.addAll(namesWhere(q, "like", q.start(), MatchedIn.NAME_START));
    hits.addAll(namesWhere(q, "like", q.text(), MatchedIn.NAME));
    return hits;
  }

  private List<SearchHit> namesWhere(Query q, String operator, String value, MatchedIn where) {
    String escape = operator.equals("like") ? " escape '\\'" : "";
    String hql =
        "select "
            + ENTRY_COLUMNS
            + ", e.status as status from Entry e where (lower(e.name.en) "
            + operator
            + " :value"
            + escape
            + " or lower(e.name.ru) "
            + operator
            + " :value"
            + escape
            + " or lower(e.name.zh) "
            + operator
            + " :value"
            + escape
            + ")"
            + (q.readers() ? " and e.status = :published" : "");
    TypedQuery<Tuple> query = em.createQuery(hql, Tuple.class).setParameter("value", value);
    if (q.readers()) {
      query.setParameter("published", EntryStatus.PUBLISHED);
    }
    return query.setMaxResults(q.limit()).getResultList().stream()
        .map(row -> entryHit(row, row.get("status", EntryStatus.class).name(), where, null))
        .toList();
  }

  private List<SearchHit> keys(Query q) {
    String hql =
        "select "
            + ENTRY_COLUMNS
            + ", e.status as status from Entry e where lower(e.key) like :text escape '\\'";
    return em
        .createQuery(hql, Tuple.class)
        .setParameter("text", q.text())
        .setMaxResults(q.limit())
        .getResultList()
        .stream()
        .map(row -> entryHit(row, row.get("status", EntryStatus.class).name(), MatchedIn.KEY, null))
        .toList();
  }

  private List<SearchHit> claimTexts(Query q) {
    String hql =
        "select "
            + ENTRY_COLUMNS
            + ", c.status as status, c.value.text as matched"
            + " from Claim c join c.entry e where lower(c.value.text) like :text escape '\\'"
            + claimVisible(q);
    return matchedTexts(hql, q, MatchedIn.CLAIM_TEXT);
  }

  private List<SearchHit> excerpts(Query q) {
    String hql =
        "select "
            + ENTRY_COLUMNS
            + ", c.status as status, ct.excerpt as matched"
            + " from Citation ct join ct.claim c join c.entry e"
            + " where lower(ct.excerpt) like :text escape '\\'"
            + claimVisible(q);
    return matchedTexts(hql, q, MatchedIn.EXCERPT);
  }

  /** Readers see published claims of published entries; editors every claim not retracted. */
  private static String claimVisible(Query q) {
    return q.readers()
        ? " and c.status = :claimPublished and e.status = :published"
        : " and c.status <> :retracted";
  }

  private List<SearchHit> matchedTexts(String hql, Query q, MatchedIn where) {
    TypedQuery<Tuple> query = em.createQuery(hql, Tuple.class).setParameter("text", q.text());
    if (q.readers()) {
      query
          .setParameter("claimPublished", ClaimStatus.PUBLISHED)
          .setParameter("published", EntryStatus.PUBLISHED);
    } else {
      query.setParameter("retracted", ClaimStatus.RETRACTED);
    }
    // One entry can match in many claims: read a few times the limit to find enough entries. In no
    // order: their rank is the kind of match, and sorting every match of a common word in a large
    // register costs more than the search (docs/measurements.md).
    return query.setMaxResults(q.limit() * 4).getResultList().stream()
        .map(
            row ->
                entryHit(
                    row,
                    row.get("status", ClaimStatus.class).name(),
                    where,
                    around(row.get("matched", String.class), q.exact())))
        .toList();
  }

  private List<SearchHit> sources(Query q) {
    String hql =
        "select s.key as key, s.title as title from Source s"
            + " where lower(s.title) like :text escape '\\'"
            + (q.readers() ? " and exists (" + CITED_BY_PUBLISHED + ")" : "");
    TypedQuery<Tuple> query = em.createQuery(hql, Tuple.class).setParameter("text", q.text());
    if (q.readers()) {
      publishedParameters(query);
    }
    List<Tuple> rows = query.setMaxResults(q.limit()).getResultList();
    Set<String> cited = q.readers() ? null : citedByPublished(rows);
    return rows.stream()
        .map(
            row -> {
              String key = row.get("key", String.class);
              String title = row.get("title", String.class);
              boolean published = cited == null || cited.contains(key);
              return new SearchHit(
                  key,
                  SearchHit.SOURCE,
                  new LocalizedName(title, null, null),
                  published ? EntryStatus.PUBLISHED.name() : EntryStatus.DRAFT.name(),
                  MatchedIn.SOURCE_TITLE,
                  around(title, q.exact()));
            })
        .toList();
  }

  /**
   * That a published claim of a published entry cites source {@code s}: an exists, which stops at
   * the first such citation of each source, where a source of a large register has thousands.
   */
  private static final String CITED_BY_PUBLISHED =
      "select 1 from Citation ct join ct.claim c join c.entry e"
          + " where ct.source = s and c.status = :claimPublished and e.status = :published";

  private Set<String> citedByPublished(List<Tuple> sources) {
    if (sources.isEmpty()) {
      return Set.of();
    }
    TypedQuery<String> query =
        em.createQuery(
                "select s.key from Source s where s.key in :keys and exists ("
                    + CITED_BY_PUBLISHED
                    + ")",
                String.class)
            .setParameter(
                "keys", sources.stream().map(row -> row.get("key", String.class)).toList());
    return publishedParameters(query).getResultList().stream().collect(Collectors.toSet());
  }

  private static <T> TypedQuery<T> publishedParameters(TypedQuery<T> query) {
    return query
        .setParameter("claimPublished", ClaimStatus.PUBLISHED)
        .setParameter("published", EntryStatus.PUBLISHED);
  }

  private static SearchHit entryHit(Tuple row, String status, MatchedIn where, String excerpt) {
    return new SearchHit(
        row.get("key", String.class),
        row.get("type", EntryType.class).slug(),
        new LocalizedName(
            row.get("en", String.class), row.get("ru", String.class), row.get("zh", String.class)),
        status,
        where,
        excerpt);
  }

  /**
   * Where published claims place each entry: the keys of the countries and sectors that its claims
   * of the placing properties name, so that a reader's hit can point to the briefs that cover it. A
   * country or a sector is placed in itself.
   *
   * @param placing the properties that place an entry ({@code country}, {@code sector}, {@code
   *     located-in}...): the briefs' rule, which is theirs to keep
   * @return for each of the keys that has a place, its places in key order
   */
  public Map<String, List<String>> placesOf(
      Collection<String> entryKeys, Collection<String> placing) {
    if (entryKeys.isEmpty()) {
      return Map.of();
    }
    List<Tuple> rows =
        em.createQuery(
                "select e.key as entry, v.key as place from Claim c join c.entry e"
                    + " join c.value.entry v where e.key in :keys and c.property in :places"
                    + " and c.status = :claimPublished and e.status = :published"
                    + " and v.status = :published and v.storedType in :placeTypes"
                    + " order by v.key",
                Tuple.class)
            .setParameter("keys", entryKeys)
            .setParameter("places", placing)
            .setParameter("placeTypes", List.of(EntryType.COUNTRY, EntryType.SECTOR))
            .setParameter("claimPublished", ClaimStatus.PUBLISHED)
            .setParameter("published", EntryStatus.PUBLISHED)
            .getResultList();
    Map<String, List<String>> places = new LinkedHashMap<>();
    for (String key : entryKeys) {
      if (key.startsWith("country/") || key.startsWith("sector/")) {
        places.computeIfAbsent(key, k -> new ArrayList<>()).add(key);
      }
    }
    for (Tuple row : rows) {
      List<String> of =
          places.computeIfAbsent(row.get("entry", String.class), k -> new ArrayList<>());
      String place = row.get("place", String.class);
      if (!of.contains(place)) {
        of.add(place);
      }
    }
    return places;
  }

  /**
   * The words around the first match in a long text, with "…" where it was cut; the whole text when
   * it is short.
   */
  static String around(String text, String typed) {
    if (text == null || text.length() <= 2 * CONTEXT + typed.length()) {
      return text;
    }
    int at = text.toLowerCase(Locale.ROOT).indexOf(typed);
    if (at < 0) {
      return text.substring(0, 2 * CONTEXT) + "…";
    }
    int from = Math.max(0, at - CONTEXT);
    int to = Math.min(text.length(), at + typed.length() + CONTEXT);
    return (from > 0 ? "…" : "")
        + text.substring(from, to).strip()
        + (to < text.length() ? "…" : "");
  }
}
