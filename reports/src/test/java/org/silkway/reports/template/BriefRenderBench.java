package org.silkway.reports.template;

import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
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
 * only the render is measured), then rendered with each of several {@link RenderSettings} in turn,
 * round after round, in this one JVM (which the script starts with a 512 MB heap). Taking the
 * settings in turn means that another build starting or stopping on a shared machine slows every
 * setting alike instead of whichever ran at that moment. The register is dropped before the first
 * render, so the heap holds the brief and the render, as in the server.
 *
 * <pre>
 * java -Xmx512m -cp ... org.silkway.reports.template.BriefRenderBench RUNS WARM_UPS LANGUAGE OUT_DIR \
 *      PAGING:ABOVE_LINES:PAGES_IN_MEMORY:TAGGED ...
 * </pre>
 *
 * For each render it prints the wall time, the rendering thread's CPU time (less sensitive to other
 * processes than the wall time, but blind to waiting for a swap file), the collectors' time and the
 * heap pools' peak. Then one line per setting starting with {@code render:}: the medians of the
 * counted rounds, pages, size and the first bytes of the PDF's SHA-256 (settings that must not
 * change the bytes can be seen not to).
 */
public final class BriefRenderBench {

  private BriefRenderBench() {}

  public static void main(String[] args) throws IOException {
    if (args.length < 5) {
      System.err.println(
          "usage: BriefRenderBench RUNS WARM_UPS en|ru|zh OUT_DIR"
              + " NONE|SWAP_FILE|GZIP:ABOVE_LINES:PAGES_IN_MEMORY:TAGGED ...");
      System.exit(2);
    }
    int runs = Integer.parseInt(args[0]);
    int warmUps = Integer.parseInt(args[1]);
    Language language = Language.valueOf(args[2].toUpperCase());
    Path out = Files.createDirectories(Path.of(args[3]));
    List<Setting> settings = new ArrayList<>();
    for (int i = 4; i < args.length; i++) {
      settings.add(new Setting(args[i]));
    }

    Brief brief = transportBrief(language);
    System.gc();
    System.out.printf(
        "heap used with the brief alone: %d MB%n",
        ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / (1024 * 1024));
    CompiledTemplates templates = CompiledTemplates.loadedNow();
    for (int round = 1; round <= warmUps + runs; round++) {
      boolean counted = round > warmUps;
      for (Setting setting : settings) {
        setting.render(new BriefRenderer(templates, setting.settings), brief, round, counted);
      }
    }
    for (Setting setting : settings) {
      setting.summary(language, BriefLines.of(brief).size(), out);
    }
  }

  /** One setting's renders and their measures. */
  private static final class Setting {
    private final String name;
    private final RenderSettings settings;
    private final List<Long> wall = new ArrayList<>();
    private final List<Long> cpu = new ArrayList<>();
    private final List<Long> gc = new ArrayList<>();
    private long peakHeap;
    private byte[] pdf;

    Setting(String spec) {
      String[] parts = spec.split(":");
      this.name = spec;
      this.settings =
          new RenderSettings(
              RenderSettings.Paging.valueOf(parts[0]),
              Integer.parseInt(parts[1]),
              Integer.parseInt(parts[2]),
              Boolean.parseBoolean(parts[3]));
    }

    void render(BriefRenderer renderer, Brief brief, int round, boolean counted) {
      System.gc();
      ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
      ThreadMXBean threads = ManagementFactory.getThreadMXBean();
      long gcBefore = gcMillis();
      long cpuBefore = threads.getCurrentThreadCpuTime();
      long start = System.nanoTime();
      pdf = renderer.render(brief);
      long millis = (System.nanoTime() - start) / 1_000_000;
      long cpuMillis = (threads.getCurrentThreadCpuTime() - cpuBefore) / 1_000_000;
      long gcMillis = gcMillis() - gcBefore;
      long peak = peakHeapMegabytes();
      System.out.printf(
          "%s %d, %s: %d ms (CPU %d ms, GC %d ms, heap peak <= %d MB), load %s%n",
          counted ? "round" : "warm-up",
          round,
          name,
          millis,
          cpuMillis,
          gcMillis,
          peak,
          loadAverage());
      if (counted) {
        wall.add(millis);
        cpu.add(cpuMillis);
        gc.add(gcMillis);
        peakHeap = Math.max(peakHeap, peak);
      }
    }

    void summary(Language language, int lines, Path out) throws IOException {
      try (PDDocument document = Loader.loadPDF(pdf)) {
        System.out.printf(
            "render: %s, %s, %d lines: median %d ms %s, CPU median %d ms %s, GC median %d ms,"
                + " heap peak <= %d MB, %d pages, %d KB, sha256 %s, max heap %d MB%n",
            name,
            language.tag(),
            lines,
            median(wall),
            sorted(wall),
            median(cpu),
            sorted(cpu),
            median(gc),
            peakHeap,
            document.getNumberOfPages(),
            pdf.length / 1024,
            sha256(pdf).substring(0, 12),
            Runtime.getRuntime().maxMemory() / (1024 * 1024));
      }
      Files.write(
          out.resolve("transport-" + name.replace(':', '-') + "-" + language.tag() + ".pdf"), pdf);
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

  private static List<Long> sorted(List<Long> values) {
    return values.stream().sorted().toList();
  }

  private static long median(List<Long> values) {
    return sorted(values).get(values.size() / 2);
  }

  private static String loadAverage() {
    return String.format(
        "%.1f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
  }

  /** Time the collectors have spent so far. */
  private static long gcMillis() {
    return ManagementFactory.getGarbageCollectorMXBeans().stream()
        .mapToLong(GarbageCollectorMXBean::getCollectionTime)
        .sum();
  }

  /**
   * The heap pools' peaks since they were reset, added up: an upper bound of the heap a render used
   * (garbage not yet collected included), since the pools need not peak at the same moment.
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
