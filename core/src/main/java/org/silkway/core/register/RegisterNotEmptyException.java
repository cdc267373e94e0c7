package org.silkway.core.register;

/** An import restores a register into an empty database only; it never merges. */
public class RegisterNotEmptyException extends IllegalStateException {

  public RegisterNotEmptyException() {
    super("The register already holds entries or sources: an import needs an empty database");
  }
}
