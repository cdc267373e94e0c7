package org.silkway.core.access;

/** The caller's role does not allow the action; the message says whose role does. */
public class NotAllowedException extends RuntimeException {

  public NotAllowedException(String message) {
    super(message);
  }
}
