package org.silkway.core.history;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.hibernate.envers.AuditReader;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.query.AuditEntity;
import org.silkway.core.entry.Entry;
import org.silkway.core.entry.EntryRepository;
import org.silkway.core.entry.EntryStatus;
import org.silkway.core.register.RegisterDocument;
import org.silkway.core.register.RegisterExporter;
import org.silkway.core.source.Source;
import org.silkway.core.source.SourceRepository;

/**
 * Reads the published register as it is, or as it stood at a moment, from Envers' audit tables.
 * Both go through the exporter's mapping, so a brief of the past and of today are assembled from
 * the same kind of document.
 */
@ApplicationScoped
public class RegisterHistory {

  @PersistenceContext(unitName = "silkway")
  private EntityManager em;

  protected RegisterHistory() {}

  /** For use outside a container (tools, tests). */
  public RegisterHistory(EntityManager em) {
    this.em = em;
  }

  /** The newest revision: cheap, so a cached brief of it can be found before any assembly. */
  @Transactional
  public Optional<RegisterRevision> latest() {
    return revisionAtOrBefore(Long.MAX_VALUE);
  }

  /** The first revision: before it, the register has no history to show. */
  @Transactional
  public Optional<RegisterRevision> first() {
    return em.createQuery("select r.id, r.timestamp from Revision r order by r.id", Object[].class)
        .setMaxResults(1)
        .getResultStream()
        .findFirst()
        .map(RegisterHistory::revision);
  }

  /** The last revision committed at or before the moment; empty before the history starts. */
  @Transactional
  public Optional<RegisterRevision> at(Instant moment) {
    return revisionAtOrBefore(moment.toEpochMilli());
  }

  /**
   * Runs {@code reader} on the published register at a revision (the current one when {@code
   * revision} is empty), inside one transaction so that claims load as it reads them.
   */
  @Transactional
  public <T> T read(Optional<RegisterRevision> revision, Function<PublishedRegister, T> reader) {
    return reader.apply(revision.isPresent() ? published(revision.get()) : published());
  }

  /** The published register now, with the revision it is at. */
  @Transactional
  public RegisterSnapshot current() {
    return snapshot(published());
  }

  /** The published register as it stood at a revision, from the audit history. */
  @Transactional
  public RegisterSnapshot at(RegisterRevision revision) {
    return snapshot(published(revision));
  }

  private PublishedRegister published() {
    RegisterRevision revision = latest().orElse(new RegisterRevision(0, Instant.EPOCH));
    return PublishedRegister.of(
        revision, new EntryRepository(em).published(), new SourceRepository(em).all());
  }

  private PublishedRegister published(RegisterRevision revision) {
    AuditReader reader = AuditReaderFactory.get(em);
    List<Entry> entries =
        reader
            .createQuery()
            .forEntitiesAtRevision(Entry.class, revision.number())
            .add(AuditEntity.property("status").eq(EntryStatus.PUBLISHED))
            .getResultList()
            .stream()
            .map(Entry.class::cast)
            .sorted(Comparator.comparing(Entry::key))
            .toList();
    List<Source> sources =
        atRevision(reader, Source.class, revision.number()).stream()
            .sorted(Comparator.comparing(Source::key))
            .toList();
    return PublishedRegister.of(revision, entries, sources);
  }

  private static RegisterSnapshot snapshot(PublishedRegister register) {
    RegisterDocument document =
        new RegisterDocument(
            register.sources().stream().map(RegisterExporter::source).toList(),
            register.entries().stream().map(RegisterExporter::entry).toList());
    return new RegisterSnapshot(
        register.revision().number(), register.revision().revisedAt(), document);
  }

  private static <T> List<T> atRevision(AuditReader reader, Class<T> type, long revision) {
    return reader.createQuery().forEntitiesAtRevision(type, revision).getResultList().stream()
        .map(type::cast)
        .toList();
  }

  private Optional<RegisterRevision> revisionAtOrBefore(long epochMillis) {
    return em.createQuery(
            "select r.id, r.timestamp from Revision r where r.timestamp <= :moment"
                + " order by r.id desc",
            Object[].class)
        .setParameter("moment", epochMillis)
        .setMaxResults(1)
        .getResultStream()
        .findFirst()
        .map(RegisterHistory::revision);
  }

  private static RegisterRevision revision(Object[] row) {
    return new RegisterRevision((Long) row[0], Instant.ofEpochMilli((Long) row[1]));
  }
}
