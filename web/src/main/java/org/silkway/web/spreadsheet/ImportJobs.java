package org.silkway.web.spreadsheet;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.silkway.core.access.Caller;
import org.silkway.core.access.Callers;
import org.silkway.core.access.OnBehalf;
import org.silkway.core.spreadsheet.NothingStoredException;
import org.silkway.core.spreadsheet.SpreadsheetImport;
import org.silkway.core.spreadsheet.SpreadsheetReader;
import org.silkway.core.user.Role;

/**
 * Runs imports from the import page on the server's managed executor, so that a long file goes on
 * while its page is closed, as the editor who started it; its progress and result stay here for the
 * page and the desk to show. The jobs of this server only, and the last {@link #KEPT} of them: what
 * they stored is in the register (and on the desk's queues) whatever happens to this list.
 */
@ApplicationScoped
public class ImportJobs {

  private static final Logger LOG = Logger.getLogger(ImportJobs.class.getName());
  static final int KEPT = 100;

  @Resource private ManagedExecutorService executor;
  @Inject SpreadsheetImport importer;
  @Inject Callers callers;

  private final Map<String, ImportJob> jobs = new ConcurrentHashMap<>();

  /** Starts importing (or checking) the rows read, as the current caller; returns the job. */
  public ImportJob start(String fileName, SpreadsheetReader.Read read, boolean dryRun) {
    Caller caller = callers.require(Role.EDITOR, "import a spreadsheet");
    ImportJob job =
        new ImportJob(UUID.randomUUID().toString(), fileName, caller.name(), dryRun, read);
    forgetOldest();
    jobs.put(job.id(), job);
    executor.execute(() -> OnBehalf.of(caller, () -> run(job, read)));
    return job;
  }

  /**
   * Imports the rows a check of this caller's found fine, as they were checked; empty when the
   * check is not theirs, had problems, or was imported already.
   */
  public Optional<ImportJob> importChecked(String checkId) {
    Caller caller = callers.require(Role.EDITOR, "import a spreadsheet");
    Optional<ImportJob> check =
        job(checkId).filter(j -> j.startedBy().equals(caller.name()) && j.isImportable());
    if (check.isEmpty()) {
      return Optional.empty();
    }
    SpreadsheetReader.Read read = check.get().importable().orElseThrow();
    check.get().imported();
    return Optional.of(start(check.get().fileName(), read, false));
  }

  private Void run(ImportJob job, SpreadsheetReader.Read read) {
    try {
      job.finished(importer.importRows(read, job.isDryRun(), job::progressed));
    } catch (NothingStoredException e) {
      job.finished(e.outcome());
    } catch (RuntimeException e) {
      LOG.log(Level.SEVERE, "Import " + job.id() + " of " + job.fileName() + " failed", e);
      job.failed(
          "The import stopped and stored nothing: the server could not finish it. Try again; if it"
              + " stops again, an administrator finds the cause in the server log under "
              + job.id()
              + ".");
    }
    return null;
  }

  public Optional<ImportJob> job(String id) {
    return Optional.ofNullable(id == null ? null : jobs.get(id));
  }

  /** The jobs someone started, newest first. */
  public List<ImportJob> startedBy(String name) {
    return jobs.values().stream()
        .filter(j -> j.startedBy().equals(name))
        .sorted(Comparator.comparing(ImportJob::started).reversed())
        .toList();
  }

  private void forgetOldest() {
    while (jobs.size() >= KEPT) {
      jobs.values().stream()
          .filter(ImportJob::isFinished)
          .min(Comparator.comparing(ImportJob::started))
          .ifPresentOrElse(oldest -> jobs.remove(oldest.id()), () -> {});
      if (jobs.values().stream().noneMatch(ImportJob::isFinished)) {
        return; // all running: none is forgotten before it ends
      }
    }
  }
}
