package org.silkway.reports.template;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.silkway.reports.brief.model.Brief;

/**
 * Renders a brief of 5,000 projects and 2,000 sources as PDF and as DOCX, and prints how long each
 * took and how many pages the PDF has. {@link LargeBriefTest} runs it in a JVM limited to 512 MB.
 */
public final class LargeBriefRender {

  private LargeBriefRender() {}

  public static void main(String[] args) throws IOException {
    int rows = args.length > 0 ? Integer.parseInt(args[0]) : 5_000;
    int sources = args.length > 1 ? Integer.parseInt(args[1]) : 2_000;
    Brief brief = BriefSamples.large(rows, sources);
    BriefRenderer renderer = new BriefRenderer(CompiledTemplates.loadedNow());

    long start = System.nanoTime();
    byte[] pdf = renderer.render(brief);
    long millis = (System.nanoTime() - start) / 1_000_000;

    try (PDDocument document = Loader.loadPDF(pdf)) {
      System.out.printf(
          "large brief: %d project rows, %d sources, %d lines, %d pages, %d KB, rendered in %d ms,"
              + " max heap %d MB%n",
          rows,
          sources,
          BriefLines.of(brief).size(),
          document.getNumberOfPages(),
          pdf.length / 1024,
          millis,
          Runtime.getRuntime().maxMemory() / (1024 * 1024));
    }
    if (args.length > 2) {
      Files.write(Path.of(args[2]), pdf);
    }

    // The Word document of the same brief, in the same heap: its fill is paged and swapped like
    // the PDF's, and its copy is streamed (ReproducibleDocx), not held as one string.
    start = System.nanoTime();
    byte[] docx = renderer.render(brief, BriefFormat.DOCX);
    System.out.printf(
        "large brief as DOCX: %d KB, rendered in %d ms%n",
        docx.length / 1024, (System.nanoTime() - start) / 1_000_000);
  }
}
