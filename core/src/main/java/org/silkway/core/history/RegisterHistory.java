package org.silkway.core.history;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.logging.Logger;
import org.hibernate.FlushMode;
import org.hibernate.Session;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.query.AuditEntity;
import org.silkway.core.entry.Entry;
import org.silkway.core.entry.EntryStatus;
import org.silkway.core.publication.Publication;
import org.silkway.core.publication.Publications;
import org.silkway.core.register.RegisterExporter;

/**
 * Reads the published register as it is, or as it stood at a published revision, and nothing an
 * editor has not published. The revision is the {@linkplain Publications publication} counter:
 * drafts do not move it. A past revision is read back from Envers' audit tables at the audit
 * revision of its publication. Both go through {@link PublishedRegister}, so a brief of the past
 * and of today are assembled from the same read model.
 */
@ApplicationScoped
public class RegisterHistory {

  /** A current read is retried this often when a publication commits while it reads. */
  private static final int READ_ATTEMPTS = 5;

  private static final Logger LOG = Logger.getLogger(RegisterHistory.class.getName());

  private static final RegisterRevision NOTHING_PUBLISHED = new RegisterRevision(0, Instant.EPOCH);

  @PersistenceContext(unitName = "silkway")
  private EntityManager em;

  protected RegisterHistory() {}

  /** For use outside a container (tools, tests). */
  public RegisterHistory(EntityManager em) {
    this.em = em;
  }

  /** The newest published revision: cheap, so a cached brief of it can be found before any read. */
  @Transactional
  public Optional<RegisterRevision> latest() {
    return publications().latest().map(Publication::revision);
  }

  /** The first published revision: before it, the register has no history to show. */
  @Transactional
  public Optional<RegisterRevision> first() {
    return publications().first().map(Publication::revision);
  }

  /** The last revision published at or before the moment; empty before the history starts. */
  @Transactional
  public Optional<RegisterRevision> at(Instant moment) {
    return publications().atOrBefore(moment).map(Publication::revision);
  }

  /**
   * The publishing acts from {@code from} (included) to {@code to} (excluded), oldest first, at
   * most {@code limit}: the change sets readers are told about.
   */
  @Transactional
  public List<Publication> publicationsBetween(Instant from, Instant to, int limit) {
    return publications().between(from, to, limit);
  }

  /** The revision published just before this one; empty for the first. */
  @Transactional
  public Optional<RegisterRevision> before(RegisterRevision revision) {
    return publications().byNumber(revision.number() - 1).map(Publication::revision);
  }

  /**
   * Runs {@code reader} on the published register at a revision (the current one when {@code
   * revision} is empty), inside one transaction so that claims load as it reads them.
   *
   * <p>The current register is read from the live tables, by queries, as the reader asks (see
   * {@link PublishedQueries}), in a read-only persistence context: nothing read is dirty-checked or
   * flushed. A publication may commit while the reader reads. The revision is read before and
   * after: when they differ the reader saw part of a publication, and reads again, so that what it
   * returns is exactly the revision it names. A past revision is read from the audit tables, also
   * as the reader asks ({@link AuditedQueries}).
   */
  @Transactional
  public <T> T read(Optional<RegisterRevision> revision, Function<PublishedRegister, T> reader) {
    Session session = em.unwrap(Session.class);
    boolean readOnly = session.isDefaultReadOnly();
    FlushMode flushMode = session.getHibernateFlushMode();
    boolean holdsNothing = session.getStatistics().getEntityCount() == 0;
    session.setDefaultReadOnly(true);
    session.setHibernateFlushMode(FlushMode.MANUAL);
    try {
      return revision.isPresent() ? readAt(revision.get(), reader) : readCurrent(reader);
    } finally {
      session.setHibernateFlushMode(flushMode);
      session.setDefaultReadOnly(readOnly);
      if (holdsNothing) {
        // Nothing read is ever written, yet the commit's flush would still visit every entity and
        // collection read (a hundred thousand claims for a large brief): let go of them first,
        // when the context held nothing of the caller's before.
        session.clear();
      }
    }
  }

  /**
   * Runs {@code reader} on two published registers, in one transaction: the register at {@code
   * before} (empty: before anything was published) and at {@code after} (empty: the current one).
   */
  @Transactional
  public <T> T compare(
      Optional<RegisterRevision> before,
      Optional<RegisterRevision> after,
      BiFunction<PublishedRegister, PublishedRegister, T> reader) {
    try {
      return read(
          after,
          now ->
              reader.apply(
                  before.map(this::asAsked).orElseGet(PublishedRegister::beforeHistory), now));
    } catch (AuditedRegister.CannotMakeAgainException e) {
      return read(
          after,
          now ->
              reader.apply(
                  before.map(this::published).orElseGet(PublishedRegister::beforeHistory), now));
    }
  }

  /**
   * Runs the reader on the register at a past revision, making again only the entries it asks for;
   * when one of them cannot be made again under today's rules, on the whole revision instead.
   */
  private <T> T readAt(RegisterRevision revision, Function<PublishedRegister, T> reader) {
    try {
      return reader.apply(asAsked(revision));
    } catch (AuditedRegister.CannotMakeAgainException e) {
      return reader.apply(published(revision));
    }
  }

  private PublishedRegister asAsked(RegisterRevision revision) {
    Publication publication = publication(revision);
    return PublishedRegister.audited(publication.revision(), em, publication.auditRevision());
  }

  private <T> T readCurrent(Function<PublishedRegister, T> reader) {
    for (int attempt = 1; ; attempt++) {
      RegisterRevision before = latest().orElse(NOTHING_PUBLISHED);
      T result = reader.apply(PublishedRegister.queried(before, em));
      RegisterRevision after = latest().orElse(NOTHING_PUBLISHED);
      if (after.number() == before.number()) {
        return result;
      }
      if (attempt == READ_ATTEMPTS) {
        throw new IllegalStateException(
            "The register is being published faster than it can be read. Try again shortly.");
      }
      // Entities read so far are of the old revision: read them afresh.
      em.clear();
    }
  }

  /** The published register now, with the revision it is at. */
  @Transactional
  public RegisterSnapshot current() {
    return read(Optional.empty(), RegisterHistory::snapshot);
  }

  /** The published register as it stood at a revision, from the audit history. */
  @Transactional
  public RegisterSnapshot at(RegisterRevision revision) {
    return snapshot(published(revision));
  }

  /** The whole published register at a revision, read table by table or else entity by entity. */
  private PublishedRegister published(RegisterRevision revision) {
    Publication publication = publication(revision);
    List<Entry> entries =
        AuditedRegister.publishedAt(em, publication.auditRevision())
            .orElseGet(() -> entityByEntity(publication));
    return PublishedRegister.of(publication.revision(), entries);
  }

  /**
   * The published entries at the publication as Envers hands them out, each collection loading as
   * it is read: slow on a large register, but it takes the history as it is, for the rare revision
   * that {@link AuditedRegister} cannot make again under today's rules.
   */
  private List<Entry> entityByEntity(Publication publication) {
    LOG.warning(
        () ->
            "Publication "
                + publication.number()
                + " could not be read table by table; reading it entity by entity.");
    return AuditReaderFactory.get(em)
        .createQuery()
        .forEntitiesAtRevision(Entry.class, publication.auditRevision())
        .add(AuditEntity.property("status").eq(EntryStatus.PUBLISHED))
        .getResultList()
        .stream()
        .map(Entry.class::cast)
        .toList();
  }

  private Publication publication(RegisterRevision revision) {
    return publications()
        .byNumber(revision.number())
        .orElseThrow(() -> new IllegalArgumentException("No publication " + revision.number()));
  }

  private Publications publications() {
    return new Publications(em);
  }

  private static RegisterSnapshot snapshot(PublishedRegister register) {
    return new RegisterSnapshot(
        register.revision().number(),
        register.revision().revisedAt(),
        RegisterExporter.document(register.sources(), register.entries()));
  }
}
