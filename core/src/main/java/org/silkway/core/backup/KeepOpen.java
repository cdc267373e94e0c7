package org.silkway.core.backup;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * A zip entry's stream for a JSON writer, which closes what it writes to when it is done: closing
 * this only flushes, so that the zip stays open for the next entry.
 */
final class KeepOpen extends FilterOutputStream {

  KeepOpen(OutputStream out) {
    super(out);
  }

  @Override
  public void write(byte[] b, int off, int len) throws IOException {
    out.write(b, off, len);
  }

  @Override
  public void close() throws IOException {
    flush();
  }
}
