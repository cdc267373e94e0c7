package org.silkway.reports.brief;

import java.util.stream.Collectors;
import org.silkway.reports.brief.model.Block;
import org.silkway.reports.brief.model.Brief;
import org.silkway.reports.brief.model.Section;

/** A brief as plain text, for assertions and for a person reading a failed test. */
final class BriefText {

  private BriefText() {}

  static String of(Brief brief) {
    StringBuilder text = new StringBuilder();
    text.append(brief.pageLabels().kind()).append(" | ").append(brief.title()).append('\n');
    text.append(brief.role()).append('\n');
    text.append(brief.pageLabels().registerAsOf()).append(' ').append(brief.registerAsOf());
    text.append(" | ").append(brief.editionId()).append('\n');
    text.append("== ").append(brief.pageLabels().atAGlance()).append('\n');
    brief.glance().forEach(f -> text.append("  ").append(f).append('\n'));
    for (Section section : brief.sections()) {
      text.append("== ")
          .append(section.heading())
          .append(" #")
          .append(section.anchor())
          .append('\n');
      for (Block block : section.blocks()) {
        text.append("  ").append(describe(block)).append('\n');
      }
    }
    text.append("== ").append(brief.pageLabels().sources()).append('\n');
    brief.sources().forEach(s -> text.append("  ").append(s).append('\n'));
    return text.toString();
  }

  private static String describe(Block block) {
    if (block instanceof Block.Table table) {
      return "TABLE "
          + table.headers()
          + "\n"
          + table.rows().stream().map(r -> "    " + r).collect(Collectors.joining("\n"));
    }
    return block.toString();
  }
}
