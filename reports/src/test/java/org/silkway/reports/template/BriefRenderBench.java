package org.silkway.reports.template;

import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.silkway.core.history.PublishedRegister;
import org.silkway.core.history.RegisterRevision;
import org.silkway.core.i18n.Language;
import org.silkway.core.register.SyntheticRegister;
import org.silkway.core.register.UnsavedRegister;
import org.silkway.reports.brief.BriefAssembler;
import org.silkway.reports.brief.model.Brief;
import org.silkway.reports.brief.model.BriefSubject;

/**
 * A benchmark to run by hand ({@code docs/bench-render.sh}, docs/measurements.md), not a test: the
 * transport sector brief of the synthetic 5,000-project register, assembled in memory (no database:
 * only the render is measured), then rendered with one set of {@link RenderSettings} several times
 * in this JVM, which the script starts with a 512 MB heap. The register is dropped before the first
 * render, so the heap holds the brief and the render, as in the server.
 *
 * <pre>
 * java -Xmx512m -cp ... org.silkway.reports.template.BriefRenderBench \
 *      PAGING ABOVE_LINES PAGES_IN_MEMORY TAGGED [RUNS [WARM_UPS [LANGUAGE [OUT.pdf]]]]
 * </pre>
 *
 * Prints one line per render and a summary line starting with {@code render:} (median of the
 * counted runs, the collectors' time and the heap's peak while rendering, pages, size, and the
 * first bytes of the PDF's SHA-256, so that settings that must not change the bytes can be seen not
 * to).
 */
public final class BriefRenderBench {

  private BriefRenderBench() {}

  public static void main(String[] args) throws IOException {
    if (args.length < 4) {
      System.err.println(
          "usage: BriefRenderBench NONE|SWAP_FILE|GZIP ABOVE_LINES PAGES_IN_MEMORY TAGGED"
              + " [RUNS [WARM_UPS [en|ru|zh [OUT.pdf]]]]");
      System.exit(2);
    }
    RenderSettings settings =
        new RenderSettings(
            RenderSettings.Paging.valueOf(args[0]),
            Integer.parseInt(args[1]),
            Integer.parseInt(args[2]),
            Boolean.parseBoolean(args[3]));
    int runs = args.length > 4 ? Integer.parseInt(args[4]) : 5;
    int warmUps = args.length > 5 ? Integer.parseInt(args[5]) : 2;
    Language language = args.length > 6 ? Language.valueOf(args[6].toUpperCase()) : Language.EN;

    Brief brief = transportBrief(language);
    System.gc();
    System.out.printf(
        "heap used with the brief alone: %d MB%n",
        ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / (1024 * 1024));
    BriefRenderer renderer = new BriefRenderer(CompiledTemplates.loadedNow(), settings);
    List<Long> times = new ArrayList<>();
    long peakHeap = 0;
    long gcMillis = 0;
    byte[] pdf = null;
    for (int run = 1; run <= warmUps + runs; run++) {
      System.gc();
      ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
      long gcBefore = gcMillis();
      long start = System.nanoTime();
      pdf = renderer.render(brief);
      long millis = (System.nanoTime() - start) / 1_000_000;
      long gc = gcMillis() - gcBefore;
      long peak = peakHeapMegabytes();
      boolean counted = run > warmUps;
      System.out.printf(
          "%s %d: %d ms (GC %d ms, heap peak <= %d MB)%n",
          counted ? "run" : "warm-up", run, millis, gc, peak);
      if (counted) {
        times.add(millis);
        peakHeap = Math.max(peakHeap, peak);
        gcMillis += gc;
      }
    }
    times.sort(null);
    try (PDDocument document = Loader.loadPDF(pdf)) {
      System.out.printf(
          "render: %s above %d lines (%d kept), tagged %s, %s: %d lines, median %d ms of %d %s,"
              + " GC %d ms in all, heap peak <= %d MB, %d pages, %d KB, sha256 %s, max heap %d MB%n",
          settings.paging(),
          settings.pageAboveLines(),
          settings.pagesInMemory(),
          settings.tagged(),
          language.tag(),
          BriefLines.of(brief).size(),
          times.get(times.size() / 2),
          times.size(),
          times,
          gcMillis,
          peakHeap,
          document.getNumberOfPages(),
          pdf.length / 1024,
          sha256(pdf).substring(0, 12),
          Runtime.getRuntime().maxMemory() / (1024 * 1024));
    }
    if (args.length > 7) {
      Files.write(Path.of(args[7]), pdf);
    }
  }

  /** The transport sector brief of the 5,000-project register; the register itself is dropped. */
  static Brief transportBrief(Language language) {
    long start = System.nanoTime();
    UnsavedRegister register =
        UnsavedRegister.of(
            SyntheticRegister.of(SyntheticRegister.PROJECTS, SyntheticRegister.SOURCES));
    PublishedRegister published =
        PublishedRegister.of(
            new RegisterRevision(1, Instant.parse("2026-11-23T10:15:30Z")), register.entries());
    Brief brief =
        BriefAssembler.assemble(
                published, BriefSubject.sector("transport"), language, "bench0001", null)
            .orElseThrow();
    System.out.printf(
        "transport brief assembled in memory: %d sources, %d ms%n",
        brief.sources().size(), (System.nanoTime() - start) / 1_000_000);
    return brief;
  }

  /** Time the collectors have spent so far. */
  private static long gcMillis() {
    return ManagementFactory.getGarbageCollectorMXBeans().stream()
        .mapToLong(GarbageCollectorMXBean::getCollectionTime)
        .sum();
  }

  /**
   * The heap pools' peaks since they were reset, added up: an upper bound of the heap a render
   * used, since the pools need not peak at the same moment.
   */
  private static long peakHeapMegabytes() {
    return ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(pool -> pool.getType() == MemoryType.HEAP)
            .mapToLong(pool -> pool.getPeakUsage().getUsed())
            .sum()
        / (1024 * 1024);
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java has SHA-256", e);
    }
  }
}
