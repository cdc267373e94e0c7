package org.silkway.reports.template;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Rewrites a DOCX from JasperReports' exporter so that the same document always gives the same
 * bytes, as the PDF exporter does with {@link ReproduciblePdfExporter}.
 *
 * <p>JasperReports' DOCX exporter (7.0.6) writes two things that change on every run:
 *
 * <ul>
 *   <li>the time of every zip entry: it adds each part as a {@code new ZipEntry(name)} without a
 *       time ({@code AbstractZip.zipEntries}), and {@link ZipOutputStream} then stamps the clock's;
 *   <li>the id of every picture (the charts) in {@code word/document.xml}: {@code <wp:docPr id>}
 *       and {@code <pic:cNvPr id>} are the image object's identity hash code.
 * </ul>
 *
 * Nothing else in it varies (core properties carry no date; bookmark and relationship ids are
 * counters), so this gives every entry one fixed time and numbers the pictures 1, 2, 3 in the order
 * they stand. It also puts the headings' style at an outline level ({@link #outlined}). Entries
 * keep their order, names and all other bytes.
 */
final class ReproducibleDocx {

  /** The earliest moment a zip's DOS date can hold: says "no date" to anyone who looks. */
  private static final LocalDateTime FIXED_TIME = LocalDateTime.of(1980, 1, 1, 0, 0);

  private static final String DOCUMENT = "word/document.xml";
  private static final String STYLES = "word/styles.xml";

  /** The paragraph style the template's section headings are exported in. */
  private static final String HEADING_STYLE =
      "<w:style w:type=\"paragraph\" w:styleId=\"Heading\">";

  private static final Set<String> PICTURE_ID_PREFIXES =
      Set.of("<wp:docPr id=\"", "<pic:cNvPr id=\"");

  private ReproducibleDocx() {}

  static byte[] of(byte[] docx) {
    ByteArrayOutputStream rewritten = new ByteArrayOutputStream(docx.length);
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx));
        ZipOutputStream out = new ZipOutputStream(rewritten)) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        ZipEntry fixed = new ZipEntry(entry.getName());
        // A local time, not an instant: the DOS field holds local time, and setTime would convert
        // through the server's time zone, giving other bytes on a server in another zone.
        fixed.setTimeLocal(FIXED_TIME);
        out.putNextEntry(fixed);
        if (DOCUMENT.equals(entry.getName())) {
          numberPictures(in, out);
        } else if (STYLES.equals(entry.getName())) {
          out.write(outlined(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
        } else {
          in.transferTo(out);
        }
        out.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Could not rewrite a Word document", e);
    }
    return rewritten.toByteArray();
  }

  /**
   * The styles with the headings' style at outline level 1, so that Word's navigation pane and a
   * table of contents list a brief's sections: the exporter writes the template's style as a plain
   * paragraph style. The level goes last in the style's paragraph properties, where the schema's
   * order puts it.
   */
  static byte[] outlined(String styles) {
    int style = styles.indexOf(HEADING_STYLE);
    int end = style < 0 ? -1 : styles.indexOf("</w:pPr>", style);
    if (end < 0 || end > styles.indexOf("</w:style>", style)) {
      return styles.getBytes(StandardCharsets.UTF_8);
    }
    return (styles.substring(0, end) + "<w:outlineLvl w:val=\"0\"/>" + styles.substring(end))
        .getBytes(StandardCharsets.UTF_8);
  }

  /**
   * Copies the document, each picture's id (the same in its two elements) replaced by its number.
   * Streamed, not read into a string: the document of a brief of thousands of projects runs to
   * hundreds of megabytes. Both prefixes are ASCII and start with the only {@code <} in them, so a
   * match can only begin at a {@code <}.
   */
  private static void numberPictures(InputStream document, OutputStream out) throws IOException {
    InputStream in = new BufferedInputStream(document);
    OutputStream copy = new BufferedOutputStream(out);
    Map<String, Integer> numbers = new HashMap<>();
    StringBuilder pending = new StringBuilder();
    for (int b = in.read(); b != -1; b = in.read()) {
      if (pending.isEmpty() && b != '<') {
        copy.write(b);
        continue;
      }
      pending.append((char) b);
      String prefix = pending.toString();
      if (PICTURE_ID_PREFIXES.contains(prefix)) {
        StringBuilder id = new StringBuilder();
        for (int c = in.read(); c != '"' && c != -1; c = in.read()) {
          id.append((char) c);
        }
        int number = numbers.computeIfAbsent(id.toString(), hash -> numbers.size() + 1);
        copy.write((prefix + number + "\"").getBytes(StandardCharsets.US_ASCII));
        pending.setLength(0);
      } else if (PICTURE_ID_PREFIXES.stream().noneMatch(each -> each.startsWith(prefix))) {
        boolean restart = b == '<' && pending.length() > 1;
        pending.setLength(pending.length() - (restart ? 1 : 0));
        for (int k = 0; k < pending.length(); k++) {
          copy.write(pending.charAt(k));
        }
        pending.setLength(0);
        if (restart) {
          pending.append('<');
        }
      }
    }
    for (int k = 0; k < pending.length(); k++) {
      copy.write(pending.charAt(k));
    }
    copy.flush();
  }
}
