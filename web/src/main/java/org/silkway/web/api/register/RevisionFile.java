package org.silkway.web.api.register;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.silkway.core.history.RegisterRevision;
import org.silkway.web.api.register.ExportFiles.ExportFile;

/**
 * A document of the published register kept in a file, written once per published revision and sent
 * from there to every reader of that revision, so that a request costs a file copy, not a read of
 * the register. Readers that arrive while it is written wait for that one write instead of starting
 * their own.
 *
 * <p>The file of the revision before the current one is kept, because a reader may have been handed
 * it just before a newer one was written; older files are deleted.
 */
final class RevisionFile {

  private static final Logger LOG = Logger.getLogger(RevisionFile.class.getName());

  /** Writes the current published register to a file and says which revision it wrote. */
  @FunctionalInterface
  interface Writer {
    RegisterRevision write(Path target) throws IOException;
  }

  private final String suffix;
  private final Writer writer;
  private final ReentrantLock writing = new ReentrantLock();
  private Path directory;
  private volatile ExportFile latest;
  private ExportFile previous;

  RevisionFile(String suffix, Writer writer) {
    this.suffix = suffix;
    this.writer = writer;
  }

  /** The file of revision {@code wanted}, or of a newer one if one came meanwhile. */
  ExportFile atLeast(long wanted) throws IOException {
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
    Path target = Files.createTempFile(directory(), "register-", suffix);
    RegisterRevision written;
    try {
      written = writer.write(target);
    } catch (RuntimeException | IOException e) {
      Files.deleteIfExists(target);
      throw e;
    }
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

  /** Deletes the files and their directory. */
  void delete() {
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
