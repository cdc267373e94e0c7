package org.silkway.reports.template;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
 * they stand. Entries keep their order, names and all other bytes.
 */
final class ReproducibleDocx {

  /** The earliest moment a zip's DOS date can hold: says "no date" to anyone who looks. */
  private static final LocalDateTime FIXED_TIME = LocalDateTime.of(1980, 1, 1, 0, 0);

  private static final String DOCUMENT = "word/document.xml";
  private static final Pattern PICTURE_ID =
      Pattern.compile("(<wp:docPr id=\"|<pic:cNvPr id=\")(-?\\d+)\"");

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
          out.write(numberedPictures(in.readAllBytes()));
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

  /** The document with each picture's id (the same in its two elements) replaced by its number. */
  private static byte[] numberedPictures(byte[] document) {
    Matcher id = PICTURE_ID.matcher(new String(document, StandardCharsets.UTF_8));
    Map<String, Integer> numbers = new HashMap<>();
    StringBuilder numbered = new StringBuilder(document.length);
    while (id.find()) {
      int number = numbers.computeIfAbsent(id.group(2), hash -> numbers.size() + 1);
      id.appendReplacement(numbered, id.group(1) + number + "\"");
    }
    id.appendTail(numbered);
    return numbered.toString().getBytes(StandardCharsets.UTF_8);
  }
}
