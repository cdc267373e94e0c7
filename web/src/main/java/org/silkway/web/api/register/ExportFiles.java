package org.silkway.web.api.register;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.silkway.core.history.CurrentRevision;
import org.silkway.core.history.RegisterExportWriter;
import org.silkway.core.history.RegisterRevision;

/**
 * The export of the published register, written once per published revision to a file and sent from
 * there to every reader of that revision. Writing reads the register a batch at a time ({@link
 * RegisterExportWriter}) and sending copies the file, so neither grows with the register; readers
 * that arrive while it is written wait for that one write instead of starting their own.
 *
 * <p>The file of the revision before the current one is kept, because a reader may have been handed
 * it just before a newer one was written; older files are deleted.
 */
@ApplicationScoped
public class ExportFiles {

  private static final Logger LOG = Logger.getLogger(ExportFiles.class.getName());

  /** One written export: the revision it holds, and where. */
  public record ExportFile(long revision, Path path) {}

  @Inject RegisterExportWriter writer;
  @Inject CurrentRevision currentRevision;

  private final ReentrantLock writing = new ReentrantLock();
  private Path directory;
  private volatile ExportFile latest;
  private ExportFile previous;

  /** The current revision as this node knows it, without asking the database. */
  public long currentRevision() {
    return currentRevision.get().map(RegisterRevision::number).orElse(0L);
  }

  /** The export of the current published revision (or of a newer one, if one came meanwhile). */
  public ExportFile current() throws IOException {
    long wanted = currentRevision();
    ExportFile file = latest;
    if (file != null && file.revision() >= wanted) {
      return file;
    }
    writing.lock();
    try {
      file = latest;
      if (file != null && file.revision() >= wanted) {
        return file;
      }
      return write();
    } finally {
      writing.unlock();
    }
  }

  private ExportFile write() throws IOException {
    Path target = Files.createTempFile(directory(), "register-", ".json");
    RegisterRevision written;
    try {
      written = writer.writeCurrent(target);
    } catch (RuntimeException | IOException e) {
      Files.deleteIfExists(target);
      throw e;
    }
    // The write may have met a revision this node has not heard of yet.
    currentRevision.advanceTo(written);
    forget(previous);
    previous = latest;
    latest = new ExportFile(written.number(), target);
    return latest;
  }

  private Path directory() throws IOException {
    if (directory == null) {
      directory = Files.createTempDirectory("silkway-export-");
    }
    return directory;
  }

  @PreDestroy
  void deleteFiles() {
    forget(previous);
    forget(latest);
    if (directory != null) {
      try {
        Files.deleteIfExists(directory);
      } catch (IOException e) {
        LOG.log(Level.FINE, "Export directory not deleted: " + directory, e);
      }
    }
  }

  private static void forget(ExportFile file) {
    if (file == null) {
      return;
    }
    try {
      Files.deleteIfExists(file.path());
    } catch (IOException e) {
      // A file left in the temporary directory costs disk, not correctness.
      LOG.log(Level.WARNING, "Old export not deleted: " + file.path(), e);
    }
  }
}
