package org.silkway.web.api.register;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.silkway.core.history.CurrentRevision;
import org.silkway.core.history.RegisterExportWriter;
import org.silkway.core.history.RegisterRevision;
import org.silkway.core.spreadsheet.SpreadsheetExports;
import org.silkway.core.spreadsheet.SpreadsheetExports.PublishedSheets;
import org.silkway.core.spreadsheet.SpreadsheetWriter;

/**
 * The exports of the published register, JSON and XLSX, each written once per published revision to
 * a file ({@link RevisionFile}) and sent from there. Writing the JSON reads the register a batch at
 * a time ({@link RegisterExportWriter}) and sending copies the file, so neither grows with the
 * register.
 */
@ApplicationScoped
public class ExportFiles {

  /** One written export: the revision it holds, and where. */
  public record ExportFile(long revision, Path path) {}

  @Inject CurrentRevision currentRevision;

  private final RevisionFile json;
  private final RevisionFile workbook;

  protected ExportFiles() {
    this.json = null;
    this.workbook = null;
  }

  @Inject
  public ExportFiles(RegisterExportWriter writer, SpreadsheetExports sheets) {
    this.json = new RevisionFile(".json", target -> heard(writer.writeCurrent(target)));
    this.workbook = new RevisionFile(".xlsx", target -> heard(writeWorkbook(sheets, target)));
  }

  /** The current revision as this node knows it, without asking the database. */
  public long currentRevision() {
    return currentRevision.get().map(RegisterRevision::number).orElse(0L);
  }

  /** The JSON export of the current published revision (or of a newer one). */
  public ExportFile current() throws IOException {
    return json.atLeast(currentRevision());
  }

  /** The published register as a workbook, a sheet per entry type, of the current revision. */
  public ExportFile currentWorkbook() throws IOException {
    return workbook.atLeast(currentRevision());
  }

  private static RegisterRevision writeWorkbook(SpreadsheetExports sheets, Path target)
      throws IOException {
    PublishedSheets published = sheets.publishedRegister();
    try (OutputStream out = Files.newOutputStream(target)) {
      SpreadsheetWriter.xlsx(published.sheets(), out);
    }
    return published.revision();
  }

  /** A write may have met a revision this node has not heard of yet. */
  private RegisterRevision heard(RegisterRevision written) {
    currentRevision.advanceTo(written);
    return written;
  }

  @PreDestroy
  void deleteFiles() {
    json.delete();
    workbook.delete();
  }
}
