package org.silkway.reports.template;

import com.lowagie.text.Font;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfEncryption;
import com.lowagie.text.pdf.PdfName;
import java.io.OutputStream;
import java.security.SecureRandom;
import java.text.AttributedCharacterIterator.Attribute;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.classic.ClassicPdfProducer;
import net.sf.jasperreports.pdf.classic.ClassicPdfWriter;
import net.sf.jasperreports.pdf.common.PdfDocumentWriter;
import net.sf.jasperreports.pdf.common.PdfProducer;

/**
 * A PDF exporter whose output depends only on the report: the same brief gives the same bytes, so a
 * copy can be checked against the register's edition and two renders compare equal.
 *
 * <p>OpenPDF otherwise writes three things that change on every run: the creation date, the trailer
 * {@code /ID} (from the clock and free memory), and each embedded font subset's six-letter tag
 * (from {@link SecureRandom}). This exporter drops the date (the brief prints its own "register as
 * of" date; a render time would only say when a server happened to run), writes the given {@code
 * /ID} through OpenPDF's {@code /FileId} hook, and gives each font a tag derived from its name. It
 * uses JasperReports' own extension point for this: {@link JRPdfExporter#createPdfProducer()}.
 */
final class ReproduciblePdfExporter extends JRPdfExporter {

  private static final Map<String, NamedSubsetTag> SUBSET_TAGS = new ConcurrentHashMap<>();

  private final byte[] documentId;

  /**
   * @param documentId 16 bytes that identify this document's content
   */
  ReproduciblePdfExporter(byte[] documentId) {
    this.documentId = documentId.clone();
  }

  @Override
  protected PdfProducer createPdfProducer() {
    return new ClassicPdfProducer(createPdfProducerContext()) {
      @Override
      public PdfDocumentWriter createWriter(OutputStream os) throws JRException {
        PdfDocumentWriter writer = super.createWriter(os);
        PdfDictionary info = ((ClassicPdfWriter) writer).getPdfWriter().getInfo();
        info.remove(PdfName.CREATIONDATE);
        info.remove(PdfName.MODDATE);
        info.put(PdfName.FILEID, PdfEncryption.createInfoId(documentId, documentId));
        return writer;
      }

      @Override
      public Font getFont(Map<Attribute, Object> attributes, Locale locale) {
        Font font = super.getFont(attributes, locale);
        BaseFont base = font.getBaseFont();
        if (base != null) {
          // Base fonts are cached and shared by every export: the tag source is stateless.
          base.setSecureRandom(
              SUBSET_TAGS.computeIfAbsent(base.getPostscriptFontName(), NamedSubsetTag::new));
        }
        return font;
      }
    };
  }

  /**
   * A "random" source for a font's subset tag that always gives the same six letters for the same
   * font name. The tag only has to tell apart subsets of different fonts in one file, and every
   * font appears once per brief.
   */
  private static final class NamedSubsetTag extends SecureRandom {
    private static final long serialVersionUID = 1L;
    private final double letter;

    NamedSubsetTag(String fontName) {
      this.letter = Math.floorMod(fontName.hashCode(), 26) / 26.0 + 0.01;
    }

    @Override
    public double nextDouble() {
      return letter;
    }
  }
}
