package org.silkway.reports.brief;

import java.time.LocalDate;

/** A brief was asked for a day before the register's history starts. */
public class BeforeHistoryException extends RuntimeException {

  private final LocalDate historyStarts;

  public BeforeHistoryException(LocalDate asked, LocalDate historyStarts) {
    super(
        "The register's history starts on "
            + historyStarts
            + "; there is no brief as of "
            + asked
            + ".");
    this.historyStarts = historyStarts;
  }

  /** The first day a brief can be asked for; null when the register has no history at all. */
  public LocalDate historyStarts() {
    return historyStarts;
  }
}
