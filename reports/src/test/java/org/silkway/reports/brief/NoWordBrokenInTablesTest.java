package org.silkway.reports.brief;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import net.sf.jasperreports.engine.JRPrintElement;
import net.sf.jasperreports.engine.JRPrintFrame;
import net.sf.jasperreports.engine.JRPrintText;
import net.sf.jasperreports.engine.JasperPrint;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.silkway.core.entry.EntryType;
import org.silkway.core.history.PublishedRegister;
import org.silkway.core.i18n.Language;
import org.silkway.reports.brief.model.BriefSubject;
import org.silkway.reports.template.BriefFormat;
import org.silkway.reports.template.BriefRenderer;
import org.silkway.reports.template.CompiledTemplates;

/**
 * No table cell of a seed brief, in any language, breaks a word across lines: in Russian and
 * English no line ends inside a word ("Промышлен|ность"); in Chinese no line ends inside the name
 * of a country or sector listed in a cell, and no line holds a single character of a longer text (a
 * column too narrow for Chinese). Read from the line breaks the fill measured (the template saves
 * them), on the laid-out pages of every seed brief.
 */
class NoWordBrokenInTablesTest {

  private static BriefRenderer renderer;

  @BeforeAll
  static void compileTemplatesOnce() {
    renderer = new BriefRenderer(CompiledTemplates.loadedNow());
  }

  @Test
  void no_table_cell_breaks_a_word_in_any_language() {
    PublishedRegister register = SeedBriefs.register();
    Set<String> chineseTerms =
        register.entries().stream()
            .filter(e -> e.type() == EntryType.COUNTRY || e.type() == EntryType.SECTOR)
            .filter(e -> e.name().has(Language.ZH))
            .map(e -> e.name().in(Language.ZH))
            .collect(Collectors.toSet());
    List<String> broken = new ArrayList<>();
    int cells = 0;
    int wrapped = 0;
    for (BriefSubject subject : BriefScope.available(register)) {
      for (Language language : Language.values()) {
        JasperPrint print = renderer.layout(SeedBriefs.brief(subject, language), BriefFormat.PDF);
        for (JRPrintText cell : tableTexts(print)) {
          cells++;
          List<String> lines = lines(cell);
          if (lines.size() > 1) {
            wrapped++;
          }
          if (breaksAWord(cell.getFullText(), lines, chineseTerms)) {
            broken.add(subject + " " + language + ": " + String.join(" | ", lines));
          }
        }
      }
    }
    assertTrue(cells > 500, "only " + cells + " table cells were printed");
    assertTrue(wrapped > 50, "only " + wrapped + " cells ran over a line: breaks not read");
    assertEquals(List.of(), broken, "table cells whose lines break inside a word");
  }

  /**
   * Whether a line ends inside a word: between two letters of a script that spaces its words,
   * inside a country's or sector's Chinese name that stands as an item of its own, or after a
   * single Chinese character.
   */
  private static boolean breaksAWord(String text, List<String> lines, Set<String> chineseTerms) {
    List<Integer> breaks = new ArrayList<>();
    int at = 0;
    for (int i = 0; i + 1 < lines.size(); i++) {
      at += lines.get(i).length();
      breaks.add(at);
      String line = lines.get(i).strip();
      if (line.length() == 1 && isHan(line.charAt(0))) {
        return true;
      }
    }
    for (int b : breaks) {
      if (b > 0 && b < text.length()) {
        char last = text.charAt(b - 1);
        char next = text.charAt(b);
        if (Character.isLetter(last) && Character.isLetter(next) && !isHan(last) && !isHan(next)) {
          return true;
        }
      }
    }
    Matcher item = ITEM.matcher(text);
    while (item.find()) {
      if (chineseTerms.contains(item.group())) {
        for (int b : breaks) {
          if (item.start() < b && b < item.end()) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** An item of a list in a cell: what stands between separators. */
  private static final Pattern ITEM = Pattern.compile("[^,、;\\s]+");

  private static boolean isHan(char c) {
    return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
  }

  /** The cell's text cut at the breaks the fill saved (each offset counts from the last break). */
  private static List<String> lines(JRPrintText cell) {
    String text = cell.getFullText();
    short[] offsets = cell.getLineBreakOffsets();
    List<String> lines = new ArrayList<>();
    int start = 0;
    if (offsets != null) {
      for (short offset : offsets) {
        int end = Math.min(text.length(), start + offset);
        lines.add(text.substring(start, end));
        start = end;
      }
    }
    lines.add(text.substring(start));
    return lines;
  }

  private static List<JRPrintText> tableTexts(JasperPrint print) {
    List<JRPrintText> texts = new ArrayList<>();
    print.getPages().forEach(page -> collect(page.getElements(), texts));
    return texts;
  }

  private static void collect(List<JRPrintElement> elements, List<JRPrintText> texts) {
    for (JRPrintElement element : elements) {
      if (element instanceof JRPrintFrame frame) {
        collect(frame.getElements(), texts);
      } else if (element instanceof JRPrintText text
          && element.getStyle() != null
          && Set.of("TableCell", "TableHead").contains(element.getStyle().getName())
          && text.getFullText() != null) {
        texts.add(text);
      }
    }
  }
}
