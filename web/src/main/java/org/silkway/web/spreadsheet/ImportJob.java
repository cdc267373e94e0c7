package org.silkway.web.spreadsheet;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.silkway.core.spreadsheet.ImportOutcome;
import org.silkway.core.spreadsheet.SpreadsheetReader;

/**
 * One spreadsheet import running after the request that started it: who started it with which file,
 * how many of its rows are done, and when it ends, what it did or why it stopped.
 */
public final class ImportJob {

  private final String id;
  private final String fileName;
  private final String startedBy;
  private final boolean dryRun;
  private final int rows;
  private final Instant started;
  // The rows a check read, kept until they are imported, so that a file that checks out is
  // imported without a second upload. A real import lets them go.
  private volatile SpreadsheetReader.Read checked;
  private final AtomicInteger done = new AtomicInteger();
  private volatile ImportOutcome outcome;
  private volatile String failure;
  private volatile Instant finished;

  ImportJob(
      String id, String fileName, String startedBy, boolean dryRun, SpreadsheetReader.Read read) {
    this.id = id;
    this.fileName = fileName;
    this.startedBy = startedBy;
    this.dryRun = dryRun;
    this.rows = read.rows().size();
    this.started = Instant.now();
    this.checked = dryRun ? read : null;
  }

  /** A check that found no problem: its rows, to import as they were checked. */
  java.util.Optional<SpreadsheetReader.Read> importable() {
    return isFinished() && outcome != null && outcome.isValid()
        ? java.util.Optional.ofNullable(checked)
        : java.util.Optional.empty();
  }

  /** Whether the rows this check found fine can be imported from here. */
  public boolean isImportable() {
    return importable().isPresent();
  }

  void imported() {
    checked = null;
  }

  void progressed(int rowsDone) {
    done.set(rowsDone);
  }

  void finished(ImportOutcome outcome) {
    this.outcome = outcome;
    this.finished = Instant.now();
    if (!outcome.isValid()) {
      checked = null;
    }
  }

  void failed(String failure) {
    this.failure = failure;
    this.finished = Instant.now();
  }

  public String id() {
    return id;
  }

  public String fileName() {
    return fileName;
  }

  public String startedBy() {
    return startedBy;
  }

  public boolean isDryRun() {
    return dryRun;
  }

  public int rows() {
    return rows;
  }

  public int rowsDone() {
    return done.get();
  }

  public Instant started() {
    return started;
  }

  public boolean isFinished() {
    return finished != null;
  }

  /** Done so far, in percent; 100 only once finished, storing included. */
  public int percent() {
    if (isFinished()) {
      return 100;
    }
    return rows == 0 ? 0 : Math.min(99, (int) (100L * done.get() / rows));
  }

  /**
   * What it did, or would do on a dry run, with its problems; null while it runs or if it failed.
   */
  public ImportOutcome outcome() {
    return outcome;
  }

  /** Why it stopped, in words for the editor; null unless it failed. */
  public String failure() {
    return failure;
  }

  /** Seconds it took, or has taken so far. */
  public long seconds() {
    Instant end = finished == null ? Instant.now() : finished;
    return java.time.Duration.between(started, end).toSeconds();
  }
}
