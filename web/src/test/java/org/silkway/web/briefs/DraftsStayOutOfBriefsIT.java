package org.silkway.web.briefs;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.time.Instant;
import java.util.Optional;
import org.apache.fontbox.FontBoxFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessRead;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.silkway.core.audit.Editor;
import org.silkway.core.claim.ClaimKind;
import org.silkway.core.claim.ClaimValue;
import org.silkway.core.country.Country;
import org.silkway.core.country.CountryCode;
import org.silkway.core.country.CountryRole;
import org.silkway.core.entry.Entry;
import org.silkway.core.entry.EntryRepository;
import org.silkway.core.history.RegisterHistory;
import org.silkway.core.i18n.Language;
import org.silkway.core.i18n.LocalizedName;
import org.silkway.core.project.Project;
import org.silkway.core.publication.Publications;
import org.silkway.core.source.SourceRepository;
import org.silkway.reports.brief.BriefAssembler;
import org.silkway.reports.brief.BriefNotFoundException;
import org.silkway.reports.brief.BriefService;
import org.silkway.reports.brief.model.Brief;
import org.silkway.reports.brief.model.BriefSubject;
import org.silkway.reports.template.BriefFormat;
import org.silkway.web.api.register.ExportFiles;
import org.silkway.web.support.Deployments;
import org.silkway.web.support.InTransaction;
import org.silkway.web.support.SilkwayIT;

/**
 * Inside Payara Micro, on a database of its own: what an editor has not published never reaches a
 * brief or the list of briefs, even when it points at the brief's subject and is fully cited. Runs
 * on H2 only: which entries a brief shows is decided in Java, the same on every database, and
 * reading the register's history on PostgreSQL is tested in core and reports; another Payara Micro
 * start would cost the suite a minute for nothing new.
 */
@SilkwayIT
class DraftsStayOutOfBriefsIT {

  private static final String DRAFT_PROJECT = "project/draft-brief-probe";
  private static final String DRAFT_NAME = "Zephyr draft railway";
  private static final String DRAFT_COUNTRY = "country/AZ";
  private static final BriefSubject KAZAKHSTAN = BriefSubject.country("KZ");

  /** The WAR, plus PDFBox to read the brief's text inside the container. */
  @Deployment
  static WebArchive deployment() {
    return Deployments.silkwayWar()
        .addAsLibraries(
            jarOf(Loader.class), jarOf(FontBoxFont.class), jarOf(RandomAccessRead.class));
  }

  private static File jarOf(Class<?> type) {
    try {
      return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  @Inject EntryRepository entries;
  @Inject SourceRepository sources;
  @Inject BriefService briefs;
  @Inject RegisterHistory history;
  @Inject Publications publications;
  @Inject ExportFiles exports;

  @PersistenceContext(unitName = "silkway")
  EntityManager em;

  @Resource UserTransaction tx;

  @BeforeEach
  void anEditorDraftsAProjectInKazakhstanAndACountry() {
    Editor.actingAs(
        "brief-test",
        () ->
            inTransaction(
                () -> {
                  Entry kz = entries.byKey("country/KZ").orElseThrow();
                  Project project =
                      new Project(
                          DRAFT_PROJECT, new LocalizedName(DRAFT_NAME, "Черновая дорога", "草稿铁路"));
                  project
                      .addClaim(
                          "draft-country",
                          "country",
                          ClaimValue.entry(kz),
                          null,
                          null,
                          ClaimKind.ACTUAL,
                          null)
                      .cite(sources.byKey("seed-000").orElseThrow(), "Kazakhstan");
                  entries.add(project);
                  entries.add(
                      new Country(
                          new CountryCode("AZ"),
                          CountryRole.CENTRAL_ASIAN_STATE,
                          new LocalizedName("Azerbaijan", "Азербайджан", "阿塞拜疆")));
                }));
  }

  @AfterEach
  void theDraftsAreRemoved() {
    // Removing what may have been published changes what readers see: a publication, like any.
    inTransaction(
        () ->
            publications.publish(
                "removed the test's entries",
                () -> {
                  entries.byKey(DRAFT_PROJECT).ifPresent(em::remove);
                  entries.byKey(DRAFT_COUNTRY).ifPresent(em::remove);
                  return null;
                }));
  }

  @Test
  void a_draft_project_in_kazakhstan_is_not_in_the_kazakhstan_brief() throws IOException {
    String text = pdfText(briefs.render(KAZAKHSTAN, Language.EN, null, BriefFormat.PDF).bytes());
    assertTrue(text.contains("Kazakhstan"), text);
    assertFalse(text.contains(DRAFT_NAME), text);

    String brief = briefModel().toString();
    assertFalse(brief.contains(DRAFT_NAME), brief);
    assertTrue(
        brief.contains("China–Kazakhstan oil and gas pipelines"),
        "a published project in Kazakhstan is missing, so the check above proves nothing");
  }

  @Test
  void once_reviewed_and_approved_the_same_project_is_in_the_brief_and_the_export()
      throws IOException {
    assertFalse(exported().contains(DRAFT_PROJECT), "the export shows a draft");
    inTransaction(
        () ->
            publications.publish(
                "approved " + DRAFT_PROJECT,
                () -> {
                  Entry project = entries.byKey(DRAFT_PROJECT).orElseThrow();
                  project.submitForReview("brief-test", Instant.now());
                  project.approve("reviewer", Instant.now(), true);
                  return null;
                }));

    assertTrue(briefModel().toString().contains(DRAFT_NAME));
    assertTrue(exported().contains(DRAFT_PROJECT), "the export kept the file of an old revision");
  }

  /** What {@code GET /api/export} sends now: the file of the current revision. */
  private String exported() throws IOException {
    return Files.readString(exports.current().path());
  }

  @Test
  void a_change_to_a_published_project_stays_out_of_the_brief_until_a_reviewer_approves_it() {
    String pipelines = "project/china-kazakhstan-oil-gas-pipelines";
    String renamed = "Quasar pipelines renamed";
    renameAndSubmit(pipelines, new LocalizedName(renamed, null, null));

    assertFalse(briefModel().toString().contains(renamed), "the brief shows the published name");

    approve(pipelines);
    assertTrue(briefModel().toString().contains(renamed));

    // Put the published name back, through review, for the other tests of this class.
    renameAndSubmit(
        pipelines,
        new LocalizedName(
            "China–Kazakhstan oil and gas pipelines",
            "Нефте- и газопроводы Казахстан — Китай",
            "中哈油气管道"));
    approve(pipelines);
  }

  /**
   * What {@code EntryEditing.describe} and {@code submit} do to the entry, through the entry
   * itself: the services take their caller from the container, and this test's thread has none. Who
   * may do what is for {@code ServiceAccessTest} (core) and {@link
   * org.silkway.web.security.AccessMatrixIT}.
   */
  private void renameAndSubmit(String key, LocalizedName name) {
    Editor.actingAs(
        "aigul",
        () ->
            inTransaction(
                () -> {
                  Entry entry = entries.byKey(key).orElseThrow();
                  entry.rename(name);
                  entry.recordEdit("aigul", Instant.now(), "renamed it");
                  entry.submitForReview("aigul", Instant.now());
                }));
  }

  private void approve(String key) {
    Editor.actingAs(
        "bakyt",
        () ->
            inTransaction(
                () ->
                    publications.publish(
                        "approved " + key,
                        () -> {
                          entries.byKey(key).orElseThrow().approve("bakyt", Instant.now(), true);
                          return null;
                        })));
  }

  @Test
  void a_draft_country_has_no_brief_and_is_not_listed() {
    assertFalse(
        briefs.catalog().stream().anyMatch(listing -> listing.subject().id().equals("AZ")),
        briefs.catalog()::toString);
    assertThrows(
        BriefNotFoundException.class,
        () -> briefs.render(BriefSubject.country("AZ"), Language.EN, null, BriefFormat.PDF));
  }

  /** What the Kazakhstan brief prints, as its read model: independent of the PDF's layout. */
  private Brief briefModel() {
    return history.read(
        Optional.empty(),
        register ->
            BriefAssembler.assemble(register, KAZAKHSTAN, Language.EN, "probe", null)
                .orElseThrow());
  }

  private static String pdfText(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document);
    }
  }

  private Void inTransaction(Runnable work) {
    return InTransaction.run(tx, work);
  }
}
