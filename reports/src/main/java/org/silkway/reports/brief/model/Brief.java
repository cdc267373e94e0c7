package org.silkway.reports.brief.model;

import java.util.List;
import org.silkway.core.i18n.Language;

/**
 * Everything one brief prints, in its language: the masthead, the figures that matter most, the
 * sections (always in the same order for a kind, empty ones left out), and the numbered sources
 * every {@code sources} list in it refers to.
 *
 * @param title the subject's name: "Kazakhstan", "Транспорт", "中国—中亚合作"
 * @param role the subject's place in the framework, one line under the title
 * @param registerAsOf the date the brief's register state is from, formatted for the language
 * @param pageLabels the fixed words the page furniture prints (see {@link PageLabels})
 */
public record Brief(
    BriefSubject subject,
    Language language,
    String title,
    String role,
    String registerAsOf,
    String editionId,
    PageLabels pageLabels,
    List<Figure> glance,
    List<Section> sections,
    List<SourceEntry> sources) {

  public Brief {
    glance = List.copyOf(glance);
    sections = List.copyOf(sections);
    sources = List.copyOf(sources);
  }
}
