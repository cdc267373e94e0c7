package org.silkway.core.register;

/** An import restores a register into an empty database only; it never merges. */
public class RegisterNotEmptyException extends IllegalStateException {

  public RegisterNotEmptyException() {
    this("The register already holds entries or sources: an import needs an empty database");
  }

  private RegisterNotEmptyException(String message) {
    super(message);
  }

  /** Another import is filling the register right now; this one would find it full. */
  static RegisterNotEmptyException whileAnotherImportRuns() {
    return new RegisterNotEmptyException(
        "Another import is filling the register: an import needs an empty database");
  }
}
