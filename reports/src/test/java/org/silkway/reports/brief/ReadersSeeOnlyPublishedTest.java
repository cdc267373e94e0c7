package org.silkway.reports.brief;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.silkway.core.access.Callers;
import org.silkway.core.access.TestCallers;
import org.silkway.core.claim.Bound;
import org.silkway.core.claim.Claim;
import org.silkway.core.claim.ClaimKind;
import org.silkway.core.claim.ClaimValue;
import org.silkway.core.claim.Unit;
import org.silkway.core.claim.ValueKind;
import org.silkway.core.country.Country;
import org.silkway.core.country.CountryCode;
import org.silkway.core.country.CountryRole;
import org.silkway.core.curation.CitationInput;
import org.silkway.core.curation.ClaimInput;
import org.silkway.core.curation.EntryEditing;
import org.silkway.core.curation.NewSource;
import org.silkway.core.entry.Entry;
import org.silkway.core.entry.EntryRepository;
import org.silkway.core.entry.EntryType;
import org.silkway.core.history.PublishedRegister;
import org.silkway.core.history.RegisterHistory;
import org.silkway.core.i18n.Language;
import org.silkway.core.i18n.LocalizedName;
import org.silkway.core.publication.Publications;
import org.silkway.core.register.RegisterJsonWriter;
import org.silkway.core.source.SourceEditing;
import org.silkway.core.source.SourceInput;
import org.silkway.core.source.SourceKind;
import org.silkway.core.source.SourceRepository;
import org.silkway.core.support.ClaimForms;
import org.silkway.core.support.Persistence;
import org.silkway.core.support.SeededRegister;
import org.silkway.core.support.TestDatabase;
import org.silkway.core.time.Precision;
import org.silkway.core.time.TimeSpan;
import org.silkway.reports.brief.model.BriefSubject;
import org.silkway.reports.edition.RenderedBrief;
import org.silkway.reports.template.BriefFormat;
import org.silkway.reports.template.BriefRenderer;
import org.silkway.reports.template.CompiledTemplates;

/**
 * The leak suite, on H2 and PostgreSQL: for each way an editor or reviewer can change the register,
 * what readers get stays exactly as it was until the change is published, and shows it after.
 *
 * <p>"What readers get" is every brief of every kind in every language, as assembled (everything a
 * brief prints, its edition id included), the brief index, the export's JSON bytes, and the PDF
 * bytes of the Kazakhstan brief (where each change below shows) in English, Russian and Chinese.
 * The other briefs are compared as assembled rather than as PDFs because rendering all of them at
 * every step would cost minutes; the renderer is byte-reproducible for one assembled brief, which
 * {@code BriefRendererTest} proves.
 */
class ReadersSeeOnlyPublishedTest {

  private static final String PIPELINES = "project/china-kazakhstan-oil-gas-pipelines";
  private static final String RAILWAY = "project/cku-railway";
  private static final BriefSubject KAZAKHSTAN = BriefSubject.country("KZ");
  private static final Callers AIGUL = TestCallers.editor("aigul");
  private static final Callers BAKYT = TestCallers.reviewer("bakyt");

  private static BriefRenderer renderer;
  private Persistence db;

  @BeforeAll
  static void compileTemplatesOnce() {
    renderer = new BriefRenderer(CompiledTemplates.loadedNow());
  }

  @AfterEach
  void close() {
    if (db != null) {
      db.close();
    }
  }

  /** A way to change the register: set up, draft (readers see nothing), publish (they see it). */
  private interface Change {
    default void setUp(ReadersSeeOnlyPublishedTest test) {}

    void draft(ReadersSeeOnlyPublishedTest test);

    void publish(ReadersSeeOnlyPublishedTest test);

    /** What readers see once it is published, in the Kazakhstan brief's text in {@link #in}. */
    String shows();

    default Language in() {
      return Language.EN;
    }
  }

  static Stream<Arguments> everyChangeOnEveryDatabase() {
    List<Arguments> all = new ArrayList<>();
    for (TestDatabase database : TestDatabase.values()) {
      for (Changes change : Changes.values()) {
        all.add(Arguments.of(database, change));
      }
    }
    return all.stream();
  }

  @ParameterizedTest(name = "{1} on {0}")
  @MethodSource("everyChangeOnEveryDatabase")
  void readers_see_nothing_of_a_change_until_it_is_published(
      TestDatabase database, Changes change) {
    db = Persistence.on(database);
    SeededRegister.importInto(db);
    change.setUp(this);
    ReaderView before = readerView(change.in());

    change.draft(this);
    ReaderView drafted = readerView(change.in());

    before.assertSameAs(drafted);
    change.publish(this);
    ReaderView published = readerView(change.in());
    assertNotEquals(before.revision, published.revision, "publishing moved no edition");
    assertNotEquals(before.export, published.export, "the export does not show the change");
    String kazakhstan = pdfText(published.kazakhstanPdf);
    assertTrue(
        squeezed(kazakhstan).contains(squeezed(change.shows())),
        "the Kazakhstan brief does not show '" + change.shows() + "':\n" + kazakhstan);
    assertFalse(
        squeezed(pdfText(before.kazakhstanPdf)).contains(squeezed(change.shows())),
        "the Kazakhstan brief showed '" + change.shows() + "' before, so this proves nothing");
  }

  enum Changes implements Change {
    TRANSLATE_A_PUBLISHED_TEXT {
      @Override
      public void draft(ReadersSeeOnlyPublishedTest test) {
        test.editing(
            AIGUL,
            e -> {
              e.translate(
                  PIPELINES,
                  test.version(PIPELINES),
                  "china-kazakhstan-oil-gas-pipelines-description-000",
                  Language.RU,
                  "Трубопроводы, переведённые для проверки утечек.");
              return null;
            });
      }

      @Override
      public void publish(ReadersSeeOnlyPublishedTest test) {
        test.submitAndApprove(PIPELINES);
      }

      @Override
      public String shows() {
        return "Трубопроводы, переведённые для проверки утечек.";
      }

      @Override
      public Language in() {
        return Language.RU;
      }
    },

    ADD_A_CLAIM_TO_A_PUBLISHED_ENTRY {
      @Override
      public void draft(ReadersSeeOnlyPublishedTest test) {
        test.editing(AIGUL, e -> e.addClaim(PIPELINES, test.version(PIPELINES), cost("777.7")));
      }

      @Override
      public void publish(ReadersSeeOnlyPublishedTest test) {
        test.submitAndApprove(PIPELINES);
      }

      @Override
      public String shows() {
        return "777.7";
      }
    },

    CORRECT_A_PUBLISHED_CLAIM {
      @Override
      public void draft(ReadersSeeOnlyPublishedTest test) {
        test.editing(
            AIGUL,
            e ->
                e.correctClaim(
                    PIPELINES,
                    test.version(PIPELINES),
                    "china-kazakhstan-oil-gas-pipelines-description-000",
                    text("description", "Pipelines described again by the leak suite.")));
      }

      @Override
      public void publish(ReadersSeeOnlyPublishedTest test) {
        test.submitAndApprove(PIPELINES);
      }

      @Override
      public String shows() {
        return "Pipelines described again by the leak suite.";
      }
    },

    CREATE_A_SOURCE_IN_PLACE {
      @Override
      public void draft(ReadersSeeOnlyPublishedTest test) {
        ClaimInput cited =
            withCitation(
                cost("31.4"),
                new CitationInput(
                    null,
                    new NewSource(
                        "Leak suite dispatch", SourceKind.ARTICLE, "en", "Leak Wire", null),
                    "31.4 billion"));
        test.editing(AIGUL, e -> e.addClaim(PIPELINES, test.version(PIPELINES), cited));
      }

      @Override
      public void publish(ReadersSeeOnlyPublishedTest test) {
        test.submitAndApprove(PIPELINES);
      }

      @Override
      public String shows() {
        return "Leak suite dispatch";
      }
    },

    EDIT_A_PUBLISHED_SOURCE {
      @Override
      public void draft(ReadersSeeOnlyPublishedTest test) {
        boolean waits =
            test.sourceEditing(
                AIGUL,
                s -> {
                  var source = s.byKey("seed-000").orElseThrow();
                  SourceInput retitled = SourceInput.of(source);
                  return s.update(
                      "seed-000",
                      source.version(),
                      new SourceInput(
                          "Leak suite retitled article",
                          retitled.kind(),
                          retitled.outlet(),
                          retitled.author(),
                          retitled.publishedPrecision(),
                          retitled.publishedStart(),
                          retitled.publishedEnd(),
                          retitled.publishedNote(),
                          retitled.url(),
                          retitled.language(),
                          retitled.retrieved()));
                });
        assertTrue(waits, "an edit of a published source did not wait for review");
      }

      @Override
      public void publish(ReadersSeeOnlyPublishedTest test) {
        test.sourceEditing(
            BAKYT,
            s -> {
              s.approveChange("seed-000", s.byKey("seed-000").orElseThrow().version());
              return null;
            });
      }

      @Override
      public String shows() {
        return "Leak suite retitled article";
      }
    },

    PREFER_A_DRAFT_CLAIM {
      @Override
      public void draft(ReadersSeeOnlyPublishedTest test) {
        String draft =
            test.editing(AIGUL, e -> e.addClaim(PIPELINES, test.version(PIPELINES), cost("555.5")));
        assertThrows(
            IllegalStateException.class,
            () -> test.doing(BAKYT, e -> e.prefer(PIPELINES, test.version(PIPELINES), draft)));
        test.draftKey = draft;
      }

      @Override
      public void publish(ReadersSeeOnlyPublishedTest test) {
        test.submitAndApprove(PIPELINES);
        test.doing(BAKYT, e -> e.prefer(PIPELINES, test.version(PIPELINES), test.draftKey));
      }

      @Override
      public String shows() {
        return "555.5";
      }
    },

    LINK_A_CLAIM_TO_A_DRAFT_ENTRY {
      @Override
      public void draft(ReadersSeeOnlyPublishedTest test) {
        String azerbaijan =
            test.editing(
                AIGUL,
                e ->
                    e.create(
                        EntryType.COUNTRY,
                        new LocalizedName("Azerbaijan", "Азербайджан", "阿塞拜疆"),
                        Map.of("code", "AZ", "role", CountryRole.CENTRAL_ASIAN_STATE.name())));
        test.editing(
            AIGUL,
            e ->
                e.addClaim(
                    PIPELINES,
                    test.version(PIPELINES),
                    withCitation(
                        entryValue("country", azerbaijan),
                        CitationInput.of("seed-000", "Azerbaijan"))));
        test.doing(AIGUL, e -> e.submit(PIPELINES, test.version(PIPELINES)));
        IllegalStateException refused =
            assertThrows(
                IllegalStateException.class,
                () -> test.doing(BAKYT, e -> e.approve(PIPELINES, test.version(PIPELINES))));
        assertTrue(refused.getMessage().contains("Azerbaijan"), refused.getMessage());
        test.draftKey = azerbaijan;
      }

      @Override
      public void publish(ReadersSeeOnlyPublishedTest test) {
        test.submitAndApprove(test.draftKey);
        test.doing(BAKYT, e -> e.approve(PIPELINES, test.version(PIPELINES)));
      }

      @Override
      public String shows() {
        return "Azerbaijan";
      }
    },

    RENAME_A_NEVER_PUBLISHED_ENTRY_A_PUBLISHED_CLAIM_NAMES {
      /** Such a link can come in through an import, which trusts the statuses it is given. */
      @Override
      public void setUp(ReadersSeeOnlyPublishedTest test) {
        test.publishDirectly(
            em -> {
              Country azerbaijan =
                  new Country(
                      new CountryCode("AZ"),
                      CountryRole.CENTRAL_ASIAN_STATE,
                      new LocalizedName("Azerbaijan", null, null));
              new EntryRepository(em).add(azerbaijan);
              Entry pipelines = new EntryRepository(em).byKey(PIPELINES).orElseThrow();
              Claim link =
                  pipelines.addClaim(
                      "pipelines-country-az",
                      "country",
                      ClaimValue.entry(azerbaijan),
                      null,
                      null,
                      ClaimKind.ACTUAL,
                      null);
              link.cite(new SourceRepository(em).byKey("seed-000").orElseThrow(), "Azerbaijan");
              link.publish();
            });
      }

      @Override
      public void draft(ReadersSeeOnlyPublishedTest test) {
        test.doing(
            AIGUL,
            e ->
                e.describe(
                    "country/AZ",
                    test.version("country/AZ"),
                    new LocalizedName("Azerbaijan Republic", null, null),
                    Map.of()));
      }

      @Override
      public void publish(ReadersSeeOnlyPublishedTest test) {
        test.submitAndApprove("country/AZ");
      }

      @Override
      public String shows() {
        return "Azerbaijan Republic";
      }
    },

    DERIVE_FROM_A_DRAFT_CLAIM {
      /** A derived value can only come in through an import; its origin here is a draft. */
      @Override
      public void setUp(ReadersSeeOnlyPublishedTest test) {
        test.publishDirectly(
            em -> {
              EntryRepository entries = new EntryRepository(em);
              Claim origin =
                  entries
                      .byKey(RAILWAY)
                      .orElseThrow()
                      .addClaim(
                          "railway-cost-draft",
                          "cost",
                          ClaimValue.amount(
                              new java.math.BigDecimal("4.56"), Unit.USD_BILLION, Bound.EXACT),
                          TimeSpan.year(2026),
                          null,
                          ClaimKind.ACTUAL,
                          null);
              origin.cite(new SourceRepository(em).byKey("seed-001").orElseThrow(), "4.56");
              Claim derived =
                  entries
                      .byKey(PIPELINES)
                      .orElseThrow()
                      .addClaim(
                          "pipelines-cost-derived",
                          "cost",
                          ClaimValue.amount(
                              new java.math.BigDecimal("9.12"), Unit.USD_BILLION, Bound.EXACT),
                          TimeSpan.year(2026),
                          null,
                          ClaimKind.DERIVED,
                          null);
              derived.deriveFrom(origin);
              derived.publish();
            });
      }

      @Override
      public void draft(ReadersSeeOnlyPublishedTest test) {
        test.editing(
            AIGUL,
            e ->
                e.correctClaim(RAILWAY, test.version(RAILWAY), "railway-cost-draft", cost("4.57")));
      }

      @Override
      public void publish(ReadersSeeOnlyPublishedTest test) {
        test.submitAndApprove(RAILWAY);
      }

      @Override
      public String shows() {
        return "4.57";
      }
    }
  }

  /** A key a change keeps from its draft step to its publishing step. */
  private String draftKey;

  // ---- the register as readers get it ----

  private record ReaderView(
      long revision,
      Map<String, String> briefs,
      String index,
      String export,
      Language language,
      byte[] kazakhstanPdf) {

    void assertSameAs(ReaderView drafted) {
      assertEquals(revision, drafted.revision, "a draft moved the published revision");
      for (Map.Entry<String, String> brief : briefs.entrySet()) {
        assertEquals(
            brief.getValue(),
            drafted.briefs.get(brief.getKey()),
            "a draft changed the brief " + brief.getKey());
      }
      assertEquals(briefs.keySet(), drafted.briefs.keySet(), "a draft changed which briefs exist");
      assertEquals(index, drafted.index, "a draft changed the brief index");
      assertEquals(export, drafted.export, "a draft changed the export");
      assertArrayEquals(
          kazakhstanPdf,
          drafted.kazakhstanPdf,
          "a draft changed the Kazakhstan brief's PDF in " + language);
    }
  }

  /**
   * What readers see: every brief in every language as assembled, the index, the export, and the
   * Kazakhstan brief's PDF in the change's language. One language's PDF is enough: what the PDFs
   * print is in the assembled briefs, and what only the bytes hold (the edition and the revision
   * they name) is the same in every language.
   */
  private ReaderView readerView(Language language) {
    return db.inTransaction(
        em -> {
          RegisterHistory history = new RegisterHistory(em);
          long revision = history.latest().orElseThrow().number();
          Map<String, String> briefs =
              history.read(Optional.empty(), ReadersSeeOnlyPublishedTest::everyBrief);
          BriefService service = new BriefService(history, renderer, 0);
          RenderedBrief kazakhstan = service.render(KAZAKHSTAN, language, null, BriefFormat.PDF);
          ByteArrayOutputStream export = new ByteArrayOutputStream();
          RegisterJsonWriter.write(history.current().document(), export);
          return new ReaderView(
              revision,
              briefs,
              service.catalog().toString(),
              export.toString(StandardCharsets.UTF_8),
              language,
              kazakhstan.bytes());
        });
  }

  /** Every brief of the register in every language, as assembled. */
  static Map<String, String> everyBrief(PublishedRegister register) {
    Map<String, String> briefs = new LinkedHashMap<>();
    for (BriefSubject subject : BriefAssembler.available(register)) {
      for (Language language : Language.values()) {
        String edition = subject.kind() + "/" + subject.id() + "/" + language.tag();
        briefs.put(
            edition,
            BriefAssembler.assemble(register, subject, language, edition, null)
                .orElseThrow()
                .toString());
      }
    }
    return briefs;
  }

  // ---- acting as editors and reviewers ----

  private <T> T editing(Callers who, Function<EntryEditing, T> work) {
    return db.inTransaction(
        who.current().name(), em -> work.apply(new EntryEditing(em, who, true)));
  }

  private void doing(Callers who, java.util.function.Consumer<EntryEditing> work) {
    editing(
        who,
        e -> {
          work.accept(e);
          return null;
        });
  }

  private <T> T sourceEditing(Callers who, Function<SourceEditing, T> work) {
    return db.inTransaction(
        who.current().name(), em -> work.apply(new SourceEditing(em, who, true)));
  }

  private long version(String key) {
    return db.inTransaction(em -> new EntryRepository(em).byKey(key).orElseThrow().version());
  }

  private void submitAndApprove(String key) {
    doing(AIGUL, e -> e.submit(key, version(key)));
    doing(BAKYT, e -> e.approve(key, version(key)));
  }

  /** Setting up a state an import could leave: a publication of its own, as an import is. */
  private void publishDirectly(java.util.function.Consumer<EntityManager> work) {
    db.inTransaction(
        "import",
        em ->
            new Publications(em)
                .publish(
                    "set up by the leak suite",
                    () -> {
                      work.accept(em);
                      return null;
                    }));
  }

  private static ClaimInput cost(String billions) {
    return new ClaimInput(
        "cost",
        ValueKind.AMOUNT,
        null,
        null,
        billions,
        Unit.USD_BILLION,
        Bound.EXACT,
        null,
        null,
        null,
        null,
        Precision.YEAR,
        "2026",
        null,
        null,
        ClaimKind.ESTIMATE,
        null,
        List.of(CitationInput.of("seed-001", billions + " billion")));
  }

  private static ClaimInput text(String property, String text) {
    return ClaimForms.text(property, text, List.of(CitationInput.of("seed-000", "described")));
  }

  private static ClaimInput entryValue(String property, String entryKey) {
    return new ClaimInput(
        property,
        ValueKind.ENTRY,
        null,
        entryKey,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        ClaimKind.ACTUAL,
        null,
        List.of());
  }

  private static ClaimInput withCitation(ClaimInput input, CitationInput citation) {
    return new ClaimInput(
        input.property(),
        input.valueKind(),
        input.text(),
        input.entryKey(),
        input.amount(),
        input.unit(),
        input.bound(),
        input.timePrecision(),
        input.timeStart(),
        input.timeEnd(),
        input.code(),
        input.appliesPrecision(),
        input.appliesStart(),
        input.appliesEnd(),
        input.asStated(),
        input.kind(),
        input.note(),
        List.of(citation));
  }

  private static String pdfText(byte[] pdf) {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Without white space, so that a value wrapped across lines in a table cell still matches. */
  private static String squeezed(String text) {
    return text.replaceAll("\\s+", "");
  }
}
