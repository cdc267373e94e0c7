package org.silkway.reports.brief;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.silkway.core.claim.Claim;
import org.silkway.core.country.Country;
import org.silkway.core.entry.EntryType;
import org.silkway.core.history.PublishedRegister;
import org.silkway.core.i18n.Language;
import org.silkway.core.project.Project;
import org.silkway.reports.brief.model.Brief;
import org.silkway.reports.brief.model.BriefKind;
import org.silkway.reports.brief.model.BriefSubject;
import org.silkway.reports.brief.model.PageLabels;
import org.silkway.reports.brief.model.Section;

/**
 * Assembles a brief from the published register: the masthead, the figures at a glance, the
 * sections of its kind in their fixed order (each only when it has content), and the sources in the
 * order the brief first cites them. Every brief of a kind has the same headings in the same order,
 * so two countries can be read side by side.
 */
public final class BriefAssembler {

  private BriefAssembler() {}

  /**
   * @param asOfDay the day a reader asked for, printed as the register's date; null to print the
   *     date of the register's revision
   * @return empty when the register has no such subject
   */
  public static Optional<Brief> assemble(
      PublishedRegister register,
      BriefSubject subject,
      Language language,
      String editionId,
      LocalDate asOfDay) {
    return assembleWorded(register, subject, language, editionId, asOfDay).map(Worded::brief);
  }

  /** A brief and the claims whose values it worded: what the coverage test checks it printed. */
  record Worded(Brief brief, Set<Claim> claims) {}

  static Optional<Worded> assembleWorded(
      PublishedRegister register,
      BriefSubject subject,
      Language language,
      String editionId,
      LocalDate asOfDay) {
    return BriefScope.of(register, subject)
        .map(scope -> assemble(register, scope, language, editionId, asOfDay));
  }

  /**
   * Every brief the register can print: the six framework countries, each sector, the framework.
   */
  public static List<BriefSubject> available(PublishedRegister register) {
    return BriefScope.available(register);
  }

  /**
   * A brief's title in a language, for listings: the subject's name, or the framework's. Reads only
   * the subject's entry, never what the brief would hold.
   */
  public static String title(PublishedRegister register, BriefSubject subject, Language language) {
    BriefWords words = new BriefWords(register, language);
    return BriefScope.subjectEntry(register, subject)
        .map(words::name)
        .orElseGet(() -> words.word("brief.framework.title"));
  }

  private static Worded assemble(
      PublishedRegister register,
      BriefScope scope,
      Language language,
      String editionId,
      LocalDate asOfDay) {
    BriefWords words = new BriefWords(register, language);
    String title =
        scope.entry().map(words::name).orElseGet(() -> words.word("brief.framework.title"));
    LocalDate registerDay =
        asOfDay != null
            ? asOfDay
            : LocalDate.ofInstant(register.revision().revisedAt(), ZoneOffset.UTC);
    // Glance first, then the sections in reading order: source numbers follow first citation.
    var glance = new Glance(words).of(scope);
    List<Section> sections = sections(scope, words);
    String kindLabel = words.word("brief.kind." + scope.subject().kind().name().toLowerCase());
    PageLabels labels = words.pageLabels(kindLabel, "brief.atAGlance", title);
    Brief brief =
        new Brief(
            scope.subject(),
            language,
            title,
            role(scope, words),
            words.date(registerDay),
            editionId,
            labels,
            glance,
            sections,
            words.sourceList());
    return new Worded(brief, words.worded());
  }

  private static String role(BriefScope scope, BriefWords words) {
    return switch (scope.subject().kind()) {
      case COUNTRY ->
          words.word("brief.role.country." + ((Country) scope.entry().orElseThrow()).role().name());
      case SECTOR -> words.word("brief.role.sector");
      case FRAMEWORK -> words.word("brief.role.framework");
    };
  }

  /** The sections of the brief's kind, in their fixed order. */
  private static List<Section> sections(BriefScope scope, BriefWords words) {
    Sections s = new Sections(words);
    ProjectSection projects = new ProjectSection(words, s);
    List<Optional<Section>> sections = new ArrayList<>();
    boolean framework = scope.is(BriefKind.FRAMEWORK);
    if (framework) {
      sections.add(s.titled("mechanisms", s.list(scope.mechanisms())));
      // Organizations the register only names (a company, a university) are named where they act.
      sections.add(
          Sections.section(
              "organizations",
              words.vocabulary().types(EntryType.ORGANIZATION),
              s.list(scope.organizations().stream().filter(o -> !o.claims().isEmpty()).toList())));
    } else {
      List<org.silkway.reports.brief.model.Block> relations =
          new ArrayList<>(s.describe(scope.entry().orElseThrow()));
      relations.addAll(s.namedBy(scope.namedBy()));
      relations.addAll(s.list(scope.mechanisms()));
      relations.addAll(s.list(scope.organizations()));
      sections.add(s.titled("relations", relations));
    }
    sections.add(s.titled("events", s.events(scope.events())));
    sections.add(s.titled("documents", s.documents(scope.documents())));
    sections.add(s.titled("projects", projectBlocks(scope, words, projects)));
    sections.add(s.titled("indicators", s.indicators(scope.indicators())));
    sections.add(s.titled("statements", s.statements(scope.actors())));
    sections.add(s.titled("corridors", s.list(scope.corridors())));
    if (framework) {
      sections.add(s.titled("powers", s.list(scope.powers())));
      sections.add(s.titled("sectors", s.list(scope.sectors())));
    }
    sections.add(s.titled("differences", new Differences(words).of(scope.all())));
    return sections.stream().flatMap(Optional::stream).toList();
  }

  private static List<org.silkway.reports.brief.model.Block> projectBlocks(
      BriefScope scope, BriefWords words, ProjectSection projects) {
    if (scope.projects().isEmpty()) {
      return List.of();
    }
    List<org.silkway.reports.brief.model.Block> blocks = new ArrayList<>();
    if (scope.listsSomeProjects()) {
      blocks.add(projects.listedOf(scope.projects().size(), scope.projectsInScope().size()));
    }
    List<Project> sorted = ProjectSection.sortedByName(scope.projects(), words);
    blocks.add(projects.table(sorted));
    blocks.addAll(projects.details(sorted));
    projects.byStage(scope.projectsInScope()).ifPresent(blocks::add);
    if (scope.is(BriefKind.FRAMEWORK)) {
      projects.bySector(scope.projectsInScope()).ifPresent(blocks::add);
    }
    return blocks;
  }
}
