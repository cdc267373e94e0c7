package org.silkway.reports.brief;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.silkway.core.claim.Claim;
import org.silkway.core.claim.Disagreement;
import org.silkway.core.entry.Entry;
import org.silkway.core.project.Milestone;
import org.silkway.core.project.Project;
import org.silkway.reports.brief.model.Block;

/**
 * "Where sources differ": every disagreement among the entries in scope, each value with its
 * source's wording, kind and sources, and whether editors prefer one; and every project whose
 * sources give stages in an impossible order. A brief never picks silently.
 */
final class Differences {

  private final BriefWords words;

  Differences(BriefWords words) {
    this.words = words;
  }

  List<Block> of(List<Entry> entries) {
    List<Block> blocks = new ArrayList<>();
    for (Entry entry : entries) {
      for (Disagreement disagreement : entry.disagreements()) {
        blocks.add(difference(entry, disagreement));
      }
      if (entry instanceof Project project && !project.lifecycle().isConsistent()) {
        blocks.add(lifecycle(project));
      }
    }
    return blocks;
  }

  private Block.Difference difference(Entry entry, Disagreement disagreement) {
    String about = words.label(disagreement.property()) + " — " + words.name(entry);
    if (disagreement.appliesTo() != null) {
      about += ", " + words.time(disagreement.appliesTo());
    }
    List<Block.Alternative> alternatives = new ArrayList<>();
    for (Claim claim : disagreement.claims()) {
      alternatives.add(alternative(claim, words.value(claim)));
    }
    Optional<Claim> preferred = disagreement.preferred();
    String verdict =
        preferred
            .map(c -> words.word("brief.difference.preferred") + ": " + words.value(c))
            .orElse(words.word("brief.difference.none"));
    return new Block.Difference(about, alternatives, verdict);
  }

  private Block.Difference lifecycle(Project project) {
    Set<Milestone> conflicting = new LinkedHashSet<>();
    project.lifecycle().conflicts().forEach(conflicting::addAll);
    List<Block.Alternative> alternatives = new ArrayList<>();
    for (Milestone milestone : conflicting) {
      String value =
          words.vocabulary().stage(milestone.stage().name()) + ", " + words.time(milestone.when());
      alternatives.add(alternative(milestone.claim(), value));
    }
    return new Block.Difference(
        words.word("brief.lifecycleConflict") + " — " + words.name(project),
        alternatives,
        words.word("brief.difference.none"));
  }

  private Block.Alternative alternative(Claim claim, String value) {
    return new Block.Alternative(
        value,
        claim.asStated() == null ? "" : claim.asStated(),
        words.mark(claim),
        claim.isPreferred(),
        words.sources(claim));
  }
}
