package org.silkway.core.source;

/** Someone changed the source after the editor opened it: nothing was saved. */
public class StaleSourceException extends IllegalStateException {

  public StaleSourceException(String key) {
    super(
        "Someone changed source "
            + key
            + " after you opened it. Nothing of yours was saved and what you typed is still here:"
            + " reload the source to see their change, then make yours again.");
  }
}
