package org.silkway.core.history;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.silkway.core.claim.ClaimKind;
import org.silkway.core.entry.Entry;
import org.silkway.core.entry.EntryStatus;
import org.silkway.core.time.TimeSpan;

/**
 * The queries behind a summary of many projects: which published projects a subject's claims place
 * in it, each with a few of its claims, found with the index on a claim's value and read without
 * loading the projects themselves; and the subject's other referrers without those projects. A
 * country named by thirty thousand projects is then read in a handful of statements that return
 * keys and claims, and only the projects a brief lists are loaded whole.
 */
final class PlacedProjectQueries {

  /** The claims that place a project in the target: the index on a claim's value finds them. */
  private static final String PLACING_CLAIMS =
      "select pc.entry.id from Claim pc where pc.value.entry = :target"
          + " and pc.property in :placing"
          + " and pc.status = org.silkway.core.claim.ClaimStatus.PUBLISHED"
          + " and pc.entry.storedType = org.silkway.core.entry.EntryType.PROJECT";

  private static final String PUBLISHED_PROJECT =
      " p.status = org.silkway.core.entry.EntryStatus.PUBLISHED"
          + " and p.storedType = org.silkway.core.entry.EntryType.PROJECT";

  private final EntityManager em;

  PlacedProjectQueries(EntityManager em) {
    this.em = em;
  }

  /**
   * See {@link PublishedRegister#projectsPlacedIn}; every published project when target is null.
   */
  List<ProjectOutline> outlines(Entry target, Set<String> placing, Set<String> properties) {
    String projects =
        "select p.id from Entry p where"
            + PUBLISHED_PROJECT
            + (target == null ? "" : " and p.id in (" + PLACING_CLAIMS + ")");
    var keys =
        em.createQuery(
            "select e.id, e.key from Entry e where e.id in (" + projects + ") order by e.key",
            Object[].class);
    // Values, not claims: thirty thousand projects' claims as entities would cost seconds to
    // load and track, and a summary needs only what they state.
    var claims =
        em.createQuery(
            "select c.entry.id, c.property, c.value.code, v.key, v.status, c.appliesTo, c.kind"
                + " from Claim c left join c.value.entry v where c.entry.id in ("
                + projects
                + ") and c.property in :properties"
                + " and c.status = org.silkway.core.claim.ClaimStatus.PUBLISHED"
                + " order by c.sortOrder",
            Object[].class);
    claims.setParameter("properties", properties);
    if (target != null) {
      keys.setParameter("target", target).setParameter("placing", placing);
      claims.setParameter("target", target).setParameter("placing", placing);
    }
    Map<Object, List<ProjectOutline.Stated>> byProject = new LinkedHashMap<>();
    Map<Object, String> keyOf = new HashMap<>();
    for (Object[] row : keys.getResultList()) {
      byProject.put(row[0], new ArrayList<>());
      keyOf.put(row[0], (String) row[1]);
    }
    for (Object[] row : claims.getResultList()) {
      // What Entry.claims() publishes: not a claim whose value is an entry not (yet) published.
      if (row[3] == null || row[4] == EntryStatus.PUBLISHED) {
        byProject
            .get(row[0])
            .add(
                new ProjectOutline.Stated(
                    (String) row[1],
                    (String) row[2],
                    (String) row[3],
                    (TimeSpan) row[5],
                    (ClaimKind) row[6]));
      }
    }
    List<ProjectOutline> outlines = new ArrayList<>(byProject.size());
    byProject.forEach(
        (id, projectClaims) -> outlines.add(new ProjectOutline(keyOf.get(id), projectClaims)));
    return outlines;
  }

  /** See {@link PublishedRegister#referrersBesidesProjectsPlacedIn}. */
  List<Entry> referrersBesidesPlacedProjects(Entry target, Set<String> placing) {
    return em.createQuery(
            "select e from Entry e left join fetch e.claims"
                + " where e.status = org.silkway.core.entry.EntryStatus.PUBLISHED"
                + " and e.id in (select c.entry.id from Claim c where c.value.entry = :target"
                + " and c.status = org.silkway.core.claim.ClaimStatus.PUBLISHED)"
                + " and e.id not in ("
                + PLACING_CLAIMS
                + ") order by e.key",
            Entry.class)
        .setParameter("target", target)
        .setParameter("placing", placing)
        .getResultList();
  }

  /** The published entries of these keys with their claims, in the keys' order. */
  List<Entry> byKeys(List<String> keys, int chunk) {
    Map<String, Entry> found = new HashMap<>();
    for (int from = 0; from < keys.size(); from += chunk) {
      em.createQuery(
              "select e from Entry e left join fetch e.claims"
                  + " where e.status = org.silkway.core.entry.EntryStatus.PUBLISHED"
                  + " and e.key in :keys",
              Entry.class)
          .setParameter("keys", keys.subList(from, Math.min(keys.size(), from + chunk)))
          .getResultList()
          .forEach(e -> found.put(e.key(), e));
    }
    return keys.stream().map(found::get).filter(e -> e != null).toList();
  }
}
