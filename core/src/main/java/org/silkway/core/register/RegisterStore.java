package org.silkway.core.register;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.silkway.core.entry.EntryRepository;
import org.silkway.core.register.RegisterImporter.ImportResult;
import org.silkway.core.source.SourceRepository;

/** The transaction of an import. Use {@link RegisterImporter}, which names the editor. */
@ApplicationScoped
public class RegisterStore {

  private EntryRepository entries;
  private SourceRepository sources;

  protected RegisterStore() {}

  @Inject
  public RegisterStore(EntryRepository entries, SourceRepository sources) {
    this.entries = entries;
    this.sources = sources;
  }

  @Transactional(rollbackOn = Exception.class)
  public ImportResult storeIntoEmptyRegister(RegisterDocument document) {
    if (!isEmpty()) {
      throw new RegisterNotEmptyException();
    }
    RegisterAssembler.Assembly assembly = RegisterAssembler.assemble(document);
    assembly.sources().forEach(sources::add);
    assembly.entries().forEach(entries::add);
    return new ImportResult(
        assembly.sources().size(), assembly.entries().size(), assembly.claimCount());
  }

  /** Whether the register holds no entry and no source yet. */
  @Transactional
  public boolean isEmpty() {
    return entries.count() == 0 && sources.all().isEmpty();
  }
}
