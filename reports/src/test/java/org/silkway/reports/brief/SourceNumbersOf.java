package org.silkway.reports.brief;

import java.util.ArrayList;
import java.util.List;
import org.silkway.reports.brief.model.Block;

/** Every source number a block prints. */
final class SourceNumbersOf {

  private SourceNumbersOf() {}

  static List<Integer> block(Block block) {
    List<Integer> all = new ArrayList<>();
    if (block instanceof Block.Paragraph p) {
      all.addAll(p.sources());
    } else if (block instanceof Block.Fact f) {
      all.addAll(f.sources());
    } else if (block instanceof Block.Quote q) {
      all.addAll(q.sources());
    } else if (block instanceof Block.Table t) {
      t.rows().forEach(r -> all.addAll(r.sources()));
    } else if (block instanceof Block.Difference d) {
      d.alternatives().forEach(a -> all.addAll(a.sources()));
    }
    return all;
  }
}
