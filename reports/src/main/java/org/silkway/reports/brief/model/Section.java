package org.silkway.reports.brief.model;

import java.util.List;

/**
 * One section of a brief: a heading (also a PDF bookmark) and what it says.
 *
 * @param anchor a stable id for the bookmark and links: {@code projects}, {@code differences}
 */
public record Section(String anchor, String heading, List<Block> blocks) {

  public Section {
    blocks = List.copyOf(blocks);
  }
}
