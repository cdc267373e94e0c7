package org.silkway.reports.brief;

/** No brief of that kind has that subject; the message names the ones that exist. */
public class BriefNotFoundException extends RuntimeException {

  public BriefNotFoundException(String message) {
    super(message);
  }
}
