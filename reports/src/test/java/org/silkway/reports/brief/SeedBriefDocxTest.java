package org.silkway.reports.brief;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDateTime;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.silkway.core.i18n.Language;
import org.silkway.reports.brief.model.Block;
import org.silkway.reports.brief.model.Brief;
import org.silkway.reports.brief.model.BriefSubject;
import org.silkway.reports.brief.model.Section;
import org.silkway.reports.brief.model.SourceEntry;
import org.silkway.reports.template.BriefFormat;
import org.silkway.reports.template.BriefRenderer;
import org.silkway.reports.template.CompiledTemplates;
import org.silkway.reports.template.DocxRead;

/**
 * The seed register's briefs as Word documents, read back with POI as Word would read them: the
 * headings in the heading style, the facts, the numbered sources bookmarked with every one cited by
 * a link to it, and the same bytes for the same edition. (The seed's sources are files without web
 * addresses: {@code BriefDocxTest} checks the links to addresses.) The documents are kept in {@code
 * target/seed-briefs/} for people to open.
 */
class SeedBriefDocxTest {

  private static BriefRenderer renderer;

  @BeforeAll
  static void compileTemplatesOnce() {
    renderer = new BriefRenderer(CompiledTemplates.loadedNow());
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("org.silkway.reports.brief.SeedBriefPdfTest#briefs")
  void a_seed_brief_in_word_keeps_its_headings_facts_links_and_sources(
      BriefSubject subject, Language language, List<String> facts, List<String> differences)
      throws IOException {
    Brief brief = SeedBriefs.brief(subject, language);
    byte[] docx = renderer.render(brief, BriefFormat.DOCX);
    SeedBriefs.keep(subject, language, BriefFormat.DOCX, docx);

    DocxRead read = DocxRead.of(docx);
    assertTrue(read.says(brief.title()), "no title " + brief.title());
    for (Section section : brief.sections()) {
      assertTrue(
          read.headings().contains(squeezed(section.heading())),
          "no heading " + section.heading() + " among " + read.headings());
    }
    assertTrue(
        read.headings().contains(squeezed(brief.pageLabels().sources())),
        "no heading over the source list");
    // Word pages the flow itself: a table's header stands once, not again where the fill's page
    // broke (in the Kazakhstan brief, mid "Documents signed").
    List<List<String>> headers =
        brief.sections().stream()
            .flatMap(section -> section.blocks().stream())
            .filter(Block.Table.class::isInstance)
            .map(table -> ((Block.Table) table).headers())
            .toList();
    for (List<String> header : headers) {
      long tables = headers.stream().filter(header::equals).count();
      assertEquals(tables, read.rowsWith(header), "header rows " + header);
    }
    for (String fact : facts) {
      assertTrue(read.says(fact), subject + " " + language + ": no " + fact);
    }
    for (String value : differences) {
      assertTrue(read.says(value), subject + " " + language + ": no " + value);
    }
    for (SourceEntry source : brief.sources()) {
      // Word bookmark names are letters and digits: JasperReports drops the hyphen.
      String bookmark = "source" + source.number();
      assertTrue(read.bookmarks().contains(bookmark), "source " + source.number() + " unmarked");
      assertTrue(read.bookmarkLinks().contains(bookmark), "no citation links to " + bookmark);
      assertTrue(read.says(source.title()), "no source " + source.title());
    }
    assertArrayEquals(docx, renderer.render(brief, BriefFormat.DOCX), "two renders differ");
    assertEveryEntryHasTheFixedTime(docx);
  }

  /**
   * Two renders in the same two seconds would compare equal even with the clock's time in the zip:
   * the entries must carry the fixed time, not the moment they were written.
   */
  private static void assertEveryEntryHasTheFixedTime(byte[] docx) throws IOException {
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
      int entries = 0;
      for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
        assertEquals(LocalDateTime.of(1980, 1, 1, 0, 0), entry.getTimeLocal(), entry.getName());
        entries++;
      }
      assertTrue(entries > 5, "not a DOCX: " + entries + " entries");
    }
  }

  private static String squeezed(String text) {
    return text.replaceAll("\\s+", "");
  }
}
