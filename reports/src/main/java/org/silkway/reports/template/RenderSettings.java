package org.silkway.reports.template;

import net.sf.jasperreports.engine.fill.JRAbstractLRUVirtualizer;
import net.sf.jasperreports.engine.fill.JRGzipVirtualizer;
import net.sf.jasperreports.engine.fill.JRSwapFileVirtualizer;
import net.sf.jasperreports.engine.util.JRSwapFile;

/**
 * How a brief is filled and exported: whether its pages are virtualized while it is filled (kept
 * compressed in memory or swapped to a file instead of kept whole), above how many printed lines,
 * and whether the PDF is tagged. {@link BriefRenderer} uses {@link #CHOSEN}; the others exist so
 * that a benchmark can compare them ({@code docs/bench-render.sh}).
 *
 * @param paging what happens to filled pages of a long brief
 * @param pageAboveLines briefs of more printed lines than this are paged; shorter ones stay whole
 * @param pagesInMemory how many filled pages a virtualizer keeps as they are
 * @param tagged whether the PDF carries a structure tree (for screen readers and reflow)
 */
record RenderSettings(Paging paging, int pageAboveLines, int pagesInMemory, boolean tagged) {

  /** What the first measurement found in place: swapped to a file above 2,000 lines, tagged. */
  static final RenderSettings BEFORE = new RenderSettings(Paging.SWAP_FILE, 2_000, 40, true);

  /**
   * Chosen by measurement (docs/measurements.md, "Compact source list and render settings"): the
   * transport brief of the 5,000-project register (8,000 lines, 534 pages) took about as long in
   * every setting, paging cost it 2 to 17 % more CPU, and unpaged it fit a 96 MB heap, brief
   * included. So briefs up to 10,000 lines stay in memory, and only larger ones are swapped to a
   * file, which holds the least heap while they fill. Tagging costs 0.2 to 0.5 s and a third of the
   * bytes of that brief, and stays on: it is what lets a screen reader read a brief, and switching
   * it off would not bring the render within the 2 s target either.
   */
  static final RenderSettings CHOSEN = new RenderSettings(Paging.SWAP_FILE, 10_000, 40, true);

  RenderSettings {
    if (pageAboveLines < 0 || pagesInMemory < 1) {
      throw new IllegalArgumentException("Needs a threshold of 0 or more and at least one page");
    }
  }

  /** What happens to a long brief's filled pages. */
  enum Paging {
    /** Every page stays in the heap as it is. */
    NONE,
    /** Pages beyond the ones kept are written to a temporary file and read back for the export. */
    SWAP_FILE,
    /** Pages beyond the ones kept are serialized and GZIP-compressed in the heap. */
    GZIP
  }

  /** A virtualizer for one fill of a brief of {@code lines} lines; null when none is needed. */
  JRAbstractLRUVirtualizer virtualizerFor(int lines) {
    if (lines <= pageAboveLines) {
      return null;
    }
    return switch (paging) {
      case NONE -> null;
      case SWAP_FILE ->
          new JRSwapFileVirtualizer(
              pagesInMemory, new JRSwapFile(System.getProperty("java.io.tmpdir"), 4096, 256), true);
      case GZIP -> new JRGzipVirtualizer(pagesInMemory);
    };
  }
}
