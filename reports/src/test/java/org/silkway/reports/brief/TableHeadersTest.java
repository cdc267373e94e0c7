package org.silkway.reports.brief;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import net.sf.jasperreports.engine.JRPrintElement;
import net.sf.jasperreports.engine.JRPrintFrame;
import net.sf.jasperreports.engine.JRPrintPage;
import net.sf.jasperreports.engine.JasperPrint;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.silkway.core.history.PublishedRegister;
import org.silkway.core.i18n.Language;
import org.silkway.reports.brief.model.Brief;
import org.silkway.reports.brief.model.BriefSubject;
import org.silkway.reports.template.BriefFormat;
import org.silkway.reports.template.BriefRenderer;
import org.silkway.reports.template.CompiledTemplates;

/**
 * A table's header row never stands alone at the foot of a page: wherever a header prints, at least
 * one of its rows prints under it on the same page. Checked on the laid-out pages (before export)
 * of every seed brief in every language, through the styles the template gives a header cell
 * ({@code TableHead}) and a row's cell ({@code TableCell}).
 */
class TableHeadersTest {

  private static BriefRenderer renderer;

  @BeforeAll
  static void compileTemplatesOnce() {
    renderer = new BriefRenderer(CompiledTemplates.loadedNow());
  }

  /** An element with its top and bottom on the page, frames opened. */
  private record Placed(String style, int top, int bottom) {}

  @Test
  void every_table_header_has_a_row_under_it_on_its_page() {
    PublishedRegister register = SeedBriefs.register();
    List<String> stranded = new ArrayList<>();
    int headers = 0;
    for (BriefSubject subject : BriefScope.available(register)) {
      for (Language language : Language.values()) {
        Brief brief = SeedBriefs.brief(subject, language);
        JasperPrint print = renderer.layout(brief, BriefFormat.PDF);
        for (int page = 0; page < print.getPages().size(); page++) {
          List<Placed> placed = placed(print.getPages().get(page));
          TreeSet<Integer> headerBottoms = new TreeSet<>();
          placed.stream()
              .filter(p -> "TableHead".equals(p.style()))
              .forEach(p -> headerBottoms.add(p.bottom()));
          for (int bottom : headerBottoms) {
            headers++;
            boolean rowUnder =
                placed.stream().anyMatch(p -> "TableCell".equals(p.style()) && p.top() >= bottom);
            if (!rowUnder) {
              stranded.add(subject + " " + language + " page " + (page + 1));
            }
          }
        }
      }
    }
    assertTrue(headers > 20, "only " + headers + " table headers were printed");
    assertEquals(List.of(), stranded, "a table header with no row under it on its page");
  }

  private static List<Placed> placed(JRPrintPage page) {
    List<Placed> placed = new ArrayList<>();
    addAll(page.getElements(), 0, placed);
    return placed;
  }

  private static void addAll(List<JRPrintElement> elements, int offset, List<Placed> placed) {
    for (JRPrintElement element : elements) {
      int top = offset + element.getY();
      if (element instanceof JRPrintFrame frame) {
        addAll(frame.getElements(), top, placed);
      } else if (element.getStyle() != null) {
        placed.add(new Placed(element.getStyle().getName(), top, top + element.getHeight()));
      }
    }
  }
}
