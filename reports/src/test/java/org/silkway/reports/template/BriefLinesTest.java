package org.silkway.reports.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.silkway.core.i18n.Language;
import org.silkway.reports.brief.model.Brief;
import org.silkway.reports.brief.model.SourceEntry;
import org.silkway.reports.template.BriefLine.Kind;

/** How a brief's source list is laid into lines: two sources to a line, in number order. */
class BriefLinesTest {

  @Test
  void the_sources_list_prints_two_sources_to_a_line_the_lower_number_on_the_left() {
    List<BriefLine> lines =
        sourceLines(
            List.of(
                source(1, "23 November 2026"),
                source(2, "23 November 2026"),
                source(3, "23 November 2026")));

    assertEquals(2, lines.size());
    assertEquals(1, lines.get(0).value("number"));
    assertEquals(2, lines.get(0).value("rightNumber"));
    assertEquals("Title 2", lines.get(0).value("rightTitle"));
    assertEquals("Outlet 2 · A. Author · June 2025", lines.get(0).value("rightByline"));
    assertEquals("https://example.com/2", lines.get(0).value("rightLocation"));
    assertEquals(3, lines.get(1).value("number"));
    assertNull(lines.get(1).value("rightNumber"), "an odd last source stands alone");
  }

  @Test
  void a_retrieval_day_shared_by_every_source_is_said_once_and_differing_days_on_each_entry() {
    List<BriefLine> same =
        sourceLines(List.of(source(1, "23 November 2026"), source(2, "23 November 2026")));
    assertEquals("23 November 2026", same.get(0).value("allRetrieved"));
    assertNull(same.get(0).value("retrieved"));
    assertNull(same.get(0).value("rightRetrieved"));

    List<BriefLine> differing =
        sourceLines(List.of(source(1, "23 November 2026"), source(2, "1 December 2026")));
    assertNull(differing.get(0).value("allRetrieved"));
    assertEquals("23 November 2026", differing.get(0).value("retrieved"));
    assertEquals("1 December 2026", differing.get(0).value("rightRetrieved"));
  }

  private static List<BriefLine> sourceLines(List<SourceEntry> sources) {
    Brief sample = BriefSamples.kazakhstan(Language.EN);
    Brief brief =
        new Brief(
            sample.subject(),
            sample.language(),
            sample.title(),
            sample.role(),
            sample.registerAsOf(),
            sample.editionId(),
            sample.pageLabels(),
            sample.glance(),
            sample.sections(),
            sources);
    return BriefLines.of(brief).stream().filter(l -> l.kind() == Kind.SOURCE).toList();
  }

  private static SourceEntry source(int number, String retrieved) {
    return new SourceEntry(
        number,
        "Title " + number,
        "Outlet " + number,
        "A. Author",
        "June 2025",
        "https://example.com/" + number,
        retrieved);
  }
}
