package org.silkway.core.register;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.silkway.core.audit.Editor;

/**
 * Restores a register document into an empty database, all or nothing: the document is checked
 * whole first, and one transaction stores it, in the name of the editor who imports it.
 */
@ApplicationScoped
public class RegisterImporter {

  /** What an import stored. */
  public record ImportResult(int sources, int entries, int claims) {}

  private RegisterStore store;

  protected RegisterImporter() {}

  @Inject
  public RegisterImporter(RegisterStore store) {
    this.store = store;
  }

  /**
   * @param editor who the audit history names for these changes
   * @throws RegisterNotEmptyException when the database holds entries or sources already
   * @throws InvalidRegisterException listing every problem; nothing is stored
   */
  public ImportResult importIntoEmptyRegister(RegisterDocument document, String editor) {
    // The editor is set around the transaction, so that it is still set when Envers writes the
    // revision at commit.
    return Editor.actingAs(editor, () -> store.storeIntoEmptyRegister(document));
  }

  public boolean isEmpty() {
    return store.isEmpty();
  }
}
