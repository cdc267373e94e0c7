package org.silkway.core.register;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.silkway.core.access.Caller;
import org.silkway.core.access.Callers;
import org.silkway.core.audit.Editor;
import org.silkway.core.user.Role;

/**
 * Restores a register document into an empty database, all or nothing: the document is checked
 * whole first, and one transaction stores it, in the name of the administrator who imports it.
 */
@ApplicationScoped
public class RegisterImporter {

  /** What an import stored. */
  public record ImportResult(int sources, int entries, int claims) {}

  private RegisterStore store;
  private Callers callers;

  protected RegisterImporter() {}

  @Inject
  public RegisterImporter(RegisterStore store, Callers callers) {
    this.store = store;
    this.callers = callers;
  }

  /**
   * Imports as the administrator who calls, whom the audit history names for these changes.
   *
   * @throws org.silkway.core.access.NotAllowedException unless the caller is an administrator
   * @throws RegisterNotEmptyException when the database holds entries or sources already
   * @throws InvalidRegisterException listing every problem; nothing is stored
   */
  public ImportResult importIntoEmptyRegister(RegisterDocument document) {
    Caller admin = callers.require(Role.ADMIN, "import a register");
    // The editor is set around the transaction, so that it is still set when Envers writes the
    // revision at commit.
    return Editor.actingAs(admin.name(), () -> store.storeIntoEmptyRegister(document));
  }

  /**
   * Loads the seed dataset, in the name of {@value SeedLoader#EDITOR}: the start-up path, which
   * runs with nobody signed in and can store nothing but the seed, and only into an empty register.
   *
   * @throws RegisterNotEmptyException when the database holds entries or sources already
   */
  public ImportResult importSeedIntoEmptyRegister() {
    return Editor.actingAs(SeedLoader.EDITOR, store::storeSeedIntoEmptyRegister);
  }

  public boolean isEmpty() {
    return store.isEmpty();
  }
}
