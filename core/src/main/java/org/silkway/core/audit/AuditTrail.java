package org.silkway.core.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.hibernate.envers.AuditReader;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import org.silkway.core.claim.Claim;
import org.silkway.core.entry.Entry;

/** Reads the audit history of an entry and of its claims. */
@ApplicationScoped
public class AuditTrail {

  @PersistenceContext(unitName = "silkway")
  private EntityManager em;

  protected AuditTrail() {}

  /** For use outside a container (tools, tests). */
  public AuditTrail(EntityManager em) {
    this.em = em;
  }

  /**
   * Creates the current transaction's revision now, stamped with the editor acting now. Envers
   * would otherwise create it at commit, when the editor may no longer be known on this thread (a
   * transaction the container commits after the caller returned). Call it first in a write.
   */
  public void openRevision() {
    AuditReaderFactory.get(em).getCurrentRevision(Revision.class, true);
  }

  /** Every change to the entry and to its claims, oldest first. */
  public List<Change> historyOf(Entry entry) {
    AuditReader reader = AuditReaderFactory.get(em);
    List<Change> changes = new ArrayList<>();
    for (Object[] row : revisionsOf(reader, Entry.class, "id", entry.id())) {
      Entry state = (Entry) row[0];
      changes.add(change(row, entry.key(), "status " + state.status()));
    }
    for (Object[] row : revisionsOf(reader, Claim.class, "entry.id", entry.id())) {
      Claim state = (Claim) row[0];
      String summary =
          state.property()
              + " = "
              + state.value().kind()
              + (state.isPreferred() ? " (preferred)" : "");
      changes.add(change(row, state.key(), summary));
    }
    changes.sort(Comparator.comparingLong(Change::revision));
    return changes;
  }

  @SuppressWarnings("unchecked")
  private static List<Object[]> revisionsOf(
      AuditReader reader, Class<?> type, String idPath, Long id) {
    var query = reader.createQuery().forRevisionsOfEntity(type, false, true);
    query.add(
        idPath.equals("id") ? AuditEntity.id().eq(id) : AuditEntity.relatedId("entry").eq(id));
    return query.getResultList();
  }

  private static Change change(Object[] row, String subject, String summary) {
    Revision revision = (Revision) row[1];
    RevisionType type = (RevisionType) row[2];
    String what =
        switch (type) {
          case ADD -> "added";
          case MOD -> "modified";
          case DEL -> "deleted";
        };
    return new Change(
        revision.id(),
        revision.revisedAt(),
        revision.editor(),
        subject,
        what,
        summary.toLowerCase(Locale.ROOT));
  }
}
