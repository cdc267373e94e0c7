package org.silkway.core.register;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.silkway.core.access.Callers;
import org.silkway.core.audit.AuditTrail;
import org.silkway.core.entry.EntryRepository;
import org.silkway.core.persistence.PlannerStatistics;
import org.silkway.core.publication.Publications;
import org.silkway.core.register.RegisterImporter.ImportResult;
import org.silkway.core.source.SourceRepository;
import org.silkway.core.user.Role;

/**
 * The transaction of an import: check the document, lock, check that the register is empty, store
 * it all. Use {@link RegisterImporter}, which names the editor. An import of any document is for
 * administrators, checked here too because this bean is as injectable as the importer; the seed is
 * the one document stored with nobody signed in, by start-up.
 */
@ApplicationScoped
public class RegisterStore {

  @PersistenceContext(unitName = "silkway")
  private EntityManager em;

  private EntryRepository entries;
  private SourceRepository sources;
  private AuditTrail audit;
  private ImportLock lock;
  private Publications publications;
  private Callers callers;

  protected RegisterStore() {}

  /** For use outside a container (tools, tests): every part on the one entity manager. */
  public RegisterStore(EntityManager em, Callers callers) {
    this(
        new EntryRepository(em),
        new SourceRepository(em),
        new AuditTrail(em),
        new ImportLock(em),
        new Publications(em),
        callers);
    this.em = em;
  }

  @Inject
  public RegisterStore(
      EntryRepository entries,
      SourceRepository sources,
      AuditTrail audit,
      ImportLock lock,
      Publications publications,
      Callers callers) {
    this.entries = entries;
    this.sources = sources;
    this.audit = audit;
    this.lock = lock;
    this.publications = publications;
    this.callers = callers;
  }

  /**
   * Always its own transaction, so that it commits (and Envers stamps the revision) while the
   * importer's editor is still set, whatever transaction the caller has.
   */
  @Transactional(value = Transactional.TxType.REQUIRES_NEW, rollbackOn = Exception.class)
  public ImportResult storeIntoEmptyRegister(RegisterDocument document) {
    callers.require(Role.ADMIN, "import a register");
    return store(document);
  }

  /**
   * The seed dataset ({@link SeedLoader#seed()}), at first start with nobody signed in: so it asks
   * for no role, and takes no document, so that all it can ever do is what a first start does.
   */
  @Transactional(value = Transactional.TxType.REQUIRES_NEW, rollbackOn = Exception.class)
  public ImportResult storeSeedIntoEmptyRegister() {
    return store(SeedLoader.seed());
  }

  private ImportResult store(RegisterDocument document) {
    // Check the document first: its problems are worth knowing even when the register is full,
    // and checking costs time in proportion to the document only, with no lock held.
    RegisterAssembler.Assembly assembly = RegisterAssembler.assemble(document);
    lock.acquire();
    if (!isEmpty()) {
      throw new RegisterNotEmptyException();
    }
    if (assembly.isEmpty()) {
      // Nothing to restore: no revision either, so that the history holds only real changes.
      return new ImportResult(0, 0, 0);
    }
    // The import is published as a whole: one publication, taken before its audit revision.
    return publications.publish(
        "imported a register",
        () -> {
          audit.openRevision();
          assembly.sources().forEach(sources::add);
          assembly.entries().forEach(entries::add);
          PlannerStatistics.refresh(em);
          return new ImportResult(
              assembly.sources().size(), assembly.entries().size(), assembly.claimCount());
        });
  }

  /** Whether the register holds no entry and no source yet. */
  @Transactional
  public boolean isEmpty() {
    return entries.count() == 0 && sources.count() == 0;
  }
}
