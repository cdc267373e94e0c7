package org.silkway.web.api;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * A request body counted as it is read, for a sender that gives no Content-Length (chunked) or a
 * false one: reading stops at the limit, and the limit is remembered so that the resource answers
 * 413 rather than whatever a cut-off document reads as.
 */
public final class LimitedBody extends FilterInputStream {
  private final long max;
  private long read;
  private boolean exceeded;

  public LimitedBody(InputStream body, long max) {
    super(body);
    this.max = max;
  }

  public boolean wasExceeded() {
    return exceeded;
  }

  @Override
  public int read() throws IOException {
    count(0);
    int b = super.read();
    if (b >= 0) {
      count(1);
    }
    return b;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    count(0);
    int n = super.read(buffer, offset, (int) Math.min(length, max - read + 1));
    if (n > 0) {
      count(n);
    }
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    count(0);
    long skipped = super.skip(Math.min(n, max - read + 1));
    count(skipped);
    return skipped;
  }

  @Override
  public boolean markSupported() {
    return false; // a reset would count bytes twice
  }

  private void count(long n) throws IOException {
    read += n;
    if (read > max || exceeded) {
      exceeded = true;
      throw new IOException("The body is larger than " + max + " bytes");
    }
  }
}
