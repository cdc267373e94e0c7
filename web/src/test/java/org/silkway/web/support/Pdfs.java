package org.silkway.web.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** Reads a PDF the server sent back as text, as a reader's copy and paste would give it. */
public final class Pdfs {

  private Pdfs() {}

  /** Every page's text, with runs of white space (line ends too) as one space. */
  public static String text(byte[] pdf) {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
    } catch (IOException e) {
      throw new UncheckedIOException("The answer is not a PDF that can be read", e);
    }
  }
}
