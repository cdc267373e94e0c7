package org.silkway.reports.template;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBookmark;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTText;

/**
 * What a Word brief says, read with POI from its paragraphs wherever they stand (JasperReports lays
 * each page out as tables, so nearly all of them are in table cells).
 *
 * <p>Links are read as Word reads them: JasperReports writes each as a {@code HYPERLINK} field, to
 * a bookmark ({@code \l "name"}) or to an address, and gives bookmarks its anchor names without
 * their punctuation ({@code source-3} is the bookmark {@code source3}).
 *
 * @param text every paragraph's text, white space removed, paragraphs separated by {@code |}
 * @param headings the texts of the paragraphs Word takes for headings (their style has an outline
 *     level, so the navigation pane lists them), white space removed
 * @param rows per table row, the texts of its cells that say something, white space removed
 */
public record DocxRead(
    String text,
    List<String> headings,
    List<List<String>> rows,
    Set<String> bookmarks,
    Set<String> bookmarkLinks,
    Set<String> webLinks) {

  private static final Pattern TO_BOOKMARK = Pattern.compile("HYPERLINK\\s+\\\\l\\s+\"([^\"]+)\"");
  private static final Pattern TO_ADDRESS = Pattern.compile("HYPERLINK\\s+\"([^\"]+)\"");

  public static DocxRead of(byte[] docx) throws IOException {
    try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
      DocxRead read =
          new DocxRead(
              "",
              new ArrayList<>(),
              new ArrayList<>(),
              new HashSet<>(),
              new HashSet<>(),
              new HashSet<>());
      StringBuilder text = new StringBuilder();
      read.walk(document.getBodyElements(), text);
      return new DocxRead(
          text.toString(),
          read.headings,
          read.rows,
          read.bookmarks,
          read.bookmarkLinks,
          read.webLinks);
    }
  }

  /** Whether some paragraph holds this text, white space aside. */
  public boolean says(String words) {
    return text.contains(squeezed(words));
  }

  /**
   * Whether one table row holds these texts in their order, one cell each, with no other between.
   */
  public boolean hasRow(List<String> cells) {
    return rowsWith(cells) > 0;
  }

  /** How many table rows hold these texts in their order, one cell each. */
  public long rowsWith(List<String> cells) {
    List<String> wanted =
        cells.stream().map(DocxRead::squeezed).filter(cell -> !cell.isEmpty()).toList();
    return rows.stream().filter(row -> Collections.indexOfSubList(row, wanted) >= 0).count();
  }

  private void walk(List<IBodyElement> elements, StringBuilder text) {
    for (IBodyElement element : elements) {
      if (element instanceof XWPFTable table) {
        for (XWPFTableRow row : table.getRows()) {
          List<String> cells = new ArrayList<>();
          for (XWPFTableCell cell : row.getTableCells()) {
            walk(cell.getBodyElements(), text);
            String words = squeezed(cell.getText());
            if (!words.isEmpty()) {
              cells.add(words);
            }
          }
          rows.add(cells);
        }
      } else if (element instanceof XWPFParagraph paragraph) {
        read(paragraph, text);
      }
    }
  }

  private static boolean isHeading(XWPFParagraph paragraph) {
    XWPFStyle style = paragraph.getDocument().getStyles().getStyle(paragraph.getStyleID());
    return style != null
        && style.getCTStyle().getPPr() != null
        && style.getCTStyle().getPPr().getOutlineLvl() != null;
  }

  private void read(XWPFParagraph paragraph, StringBuilder text) {
    String words = squeezed(paragraph.getText());
    text.append(words).append('|');
    if (isHeading(paragraph) && !words.isEmpty()) {
      headings.add(words);
    }
    for (CTBookmark bookmark : paragraph.getCTP().getBookmarkStartList()) {
      bookmarks.add(bookmark.getName());
    }
    for (XWPFRun run : paragraph.getRuns()) {
      for (CTText instruction : run.getCTR().getInstrTextList()) {
        Matcher toBookmark = TO_BOOKMARK.matcher(instruction.getStringValue());
        Matcher toAddress = TO_ADDRESS.matcher(instruction.getStringValue());
        if (toBookmark.find()) {
          bookmarkLinks.add(toBookmark.group(1));
        } else if (toAddress.find()) {
          webLinks.add(toAddress.group(1));
        }
      }
    }
  }

  static String squeezed(String text) {
    return text.replaceAll("\\s+", "");
  }
}
