package org.silkway.reports.template;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.silkway.core.i18n.Language;
import org.silkway.reports.brief.model.Block;
import org.silkway.reports.brief.model.Brief;
import org.silkway.reports.brief.model.Section;
import org.silkway.reports.brief.model.SourceEntry;

/**
 * The Kazakhstan sample as a Word document: its tables stay tables (a header or a row of the brief
 * is one row of the document, cell by cell) and every source's web address is a link to it.
 */
class BriefDocxTest {

  private static BriefRenderer renderer;

  @BeforeAll
  static void compileTemplatesOnce() {
    renderer = new BriefRenderer(CompiledTemplates.loadedNow());
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  void tables_stay_tables_and_source_addresses_stay_links(Language language) throws IOException {
    Brief brief = BriefSamples.kazakhstan(language);
    DocxRead read = DocxRead.of(renderer.render(brief, BriefFormat.DOCX));

    int tables = 0;
    for (Section section : brief.sections()) {
      for (Block block : section.blocks()) {
        if (block instanceof Block.Table table) {
          tables++;
          assertTrue(read.hasRow(table.headers()), "header not one row: " + table.headers());
          for (Block.Row row : table.rows()) {
            assertTrue(read.hasRow(row.cells()), "row not one row: " + row.cells());
          }
        }
      }
    }
    assertTrue(tables > 0, "the sample has no table to check");
    for (SourceEntry source : brief.sources()) {
      assertTrue(read.webLinks().contains(source.location()), "no link to " + source.location());
    }
  }
}
