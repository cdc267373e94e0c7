package org.silkway.web.spreadsheet;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.primefaces.model.file.UploadedFile;
import org.silkway.core.entry.EntryType;
import org.silkway.core.spreadsheet.SpreadsheetReader;
import org.silkway.web.admin.support.FormMessages;
import org.silkway.web.security.CurrentUser;

/**
 * Backs {@code admin/imports.xhtml}: upload a spreadsheet to check or import it, then follow its
 * job (the page polls its progress) to what it did or the problems it found. The page can be left:
 * the job goes on, and the desk lists it with its result.
 */
@Named
@ViewScoped
public class ImportPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject ImportJobs jobs;
  @Inject CurrentUser currentUser;

  /** Only for the request that uploads it: the file is read into the job, never kept. */
  private transient UploadedFile file;

  private String csvType;
  private String jobId;

  public String check() {
    return start(true);
  }

  public String importFile() {
    return start(false);
  }

  private String start(boolean dryRun) {
    if (file == null || file.getSize() == 0) {
      FormMessages.error("Choose a spreadsheet to upload: an XLSX workbook or a CSV file.");
      return null;
    }
    Optional<SpreadsheetFormat> format = SpreadsheetFormat.ofFileName(file.getFileName());
    if (format.isEmpty()) {
      FormMessages.error(
          "Silkway reads XLSX workbooks (.xlsx) and CSV files (.csv): save the file as one of"
              + " those.");
      return null;
    }
    if (file.getSize() > SpreadsheetFormat.MAX_BYTES) {
      FormMessages.error(
          "A spreadsheet takes at most "
              + SpreadsheetFormat.MAX_BYTES / (1024 * 1024)
              + " MB: split it and import the parts.");
      return null;
    }
    Optional<EntryType> type =
        EntryType.fromSlug(csvType == null ? "" : csvType)
            .or(() -> SpreadsheetFormat.typeOfFileName(file.getFileName()));
    if (format.get() == SpreadsheetFormat.CSV && type.isEmpty()) {
      FormMessages.error(
          "A CSV file holds one type of entry: choose which under \"A CSV file holds\".");
      return null;
    }
    SpreadsheetReader.Read read = format.get().read(file.getContent(), type.orElse(null));
    ImportJob job = jobs.start(file.getFileName(), read, dryRun);
    return "/admin/imports?faces-redirect=true&job=" + job.id();
  }

  /** Imports the rows of the check the page shows, without a second upload. */
  public String importChecked() {
    return jobs.importChecked(jobId)
        .map(job -> "/admin/imports?faces-redirect=true&job=" + job.id())
        .orElseGet(
            () -> {
              FormMessages.error(
                  "This check cannot be imported any more (it was imported already, or the server"
                      + " restarted): upload the file again.");
              return null;
            });
  }

  /** The job the page follows: one this editor started, or none. */
  public ImportJob getJob() {
    return jobs.job(jobId).filter(j -> j.startedBy().equals(currentUser.name())).orElse(null);
  }

  /**
   * The first entries the job created or changed, to open from the page; the queue has them all.
   */
  public List<String> getImportedKeys() {
    ImportJob job = getJob();
    return job == null || job.outcome() == null
        ? List.of()
        : job.outcome().keys().stream().limit(30).toList();
  }

  /** "1 problem", "12 problems": how many the job's check found. */
  public String getProblemCount() {
    ImportJob job = getJob();
    long total = job == null || job.outcome() == null ? 0 : job.outcome().problems().total();
    return total + (total == 1 ? " problem" : " problems");
  }

  /** Whether the page still polls: a job of this editor's is running. */
  public boolean isRunning() {
    ImportJob job = getJob();
    return job != null && !job.isFinished();
  }

  public List<EntryType> getTypes() {
    return Arrays.asList(EntryType.values());
  }

  public UploadedFile getFile() {
    return file;
  }

  public void setFile(UploadedFile file) {
    this.file = file;
  }

  public String getCsvType() {
    return csvType;
  }

  public void setCsvType(String csvType) {
    this.csvType = csvType;
  }

  public String getJobId() {
    return jobId;
  }

  public void setJobId(String jobId) {
    this.jobId = jobId;
  }
}
