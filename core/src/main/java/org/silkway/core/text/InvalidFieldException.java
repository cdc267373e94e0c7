package org.silkway.core.text;

/**
 * A value that breaks a rule of the model, with the name of the field it was given for ({@code
 * title}, {@code excerpt}, {@code amount}), so that an import can say where it is.
 */
public class InvalidFieldException extends IllegalArgumentException {

  private final String field;

  public InvalidFieldException(String field, String message) {
    super(message);
    this.field = field;
  }

  /** The field as the register format names it, relative to the object that holds it. */
  public String field() {
    return field;
  }
}
