package org.silkway.reports.brief;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.silkway.core.history.PublishedRegister;
import org.silkway.core.i18n.Language;
import org.silkway.reports.brief.model.BriefSubject;

/**
 * Every seed brief's "at a glance" shows four to eight figures where its subject has that much to
 * show: at least one figure for each kind of thing the brief covers (projects, events, documents,
 * corridors, mechanisms, organizations, indicators), up to four, and never more than eight; the
 * same in each language.
 */
class GlanceTest {

  @Test
  void a_glance_has_a_figure_for_each_kind_of_thing_its_brief_covers_up_to_four() {
    PublishedRegister register = SeedBriefs.register();
    List<String> thin = new ArrayList<>();
    for (BriefSubject subject : BriefScope.available(register)) {
      BriefScope scope = BriefScope.of(register, subject).orElseThrow();
      long kinds =
          Stream.of(
                  scope.projects(),
                  scope.events(),
                  scope.documents(),
                  scope.corridors(),
                  scope.mechanisms(),
                  scope.organizations(),
                  scope.indicators())
              .filter(list -> !list.isEmpty())
              .count();
      int figures = SeedBriefs.brief(subject, Language.EN).glance().size();
      for (Language language : Language.values()) {
        assertEquals(
            figures, SeedBriefs.brief(subject, language).glance().size(), subject + " " + language);
      }
      assertTrue(figures <= Glance.MAX, subject + ": " + figures + " figures");
      if (figures < Math.min(4, kinds)) {
        thin.add(subject.id() + ": " + figures + " figures for " + kinds + " kinds");
      }
    }
    assertTrue(thin.isEmpty(), "glances thinner than their briefs: " + thin);
  }
}
