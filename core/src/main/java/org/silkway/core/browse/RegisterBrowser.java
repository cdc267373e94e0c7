package org.silkway.core.browse;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.silkway.core.audit.AuditTrail;
import org.silkway.core.claim.Citation;
import org.silkway.core.claim.Claim;
import org.silkway.core.claim.ClaimStatus;
import org.silkway.core.claim.Disagreement;
import org.silkway.core.entry.EditRecord;
import org.silkway.core.entry.Entry;
import org.silkway.core.entry.EntryRepository;
import org.silkway.core.entry.EntryType;
import org.silkway.core.i18n.Formats;
import org.silkway.core.i18n.Language;
import org.silkway.core.i18n.LocalizedName;
import org.silkway.core.i18n.Vocabulary;
import org.silkway.core.project.Lifecycle;
import org.silkway.core.project.Milestone;
import org.silkway.core.project.Project;

/**
 * Read models of the register for the admin pages, whatever the entries' status. Values and dates
 * are worded in English here, inside the transaction, because an entry value's name is loaded
 * lazily; the pages label properties, types and statuses themselves.
 */
@ApplicationScoped
public class RegisterBrowser {

  private static final Formats ENGLISH = Formats.of(Language.EN);

  private EntryRepository entries;
  private AuditTrail audit;

  protected RegisterBrowser() {}

  @Inject
  public RegisterBrowser(EntryRepository entries, AuditTrail audit) {
    this.entries = entries;
    this.audit = audit;
  }

  /** Every entry of a type, by English name. */
  @Transactional
  public List<EntrySummary> entriesOf(EntryType type) {
    return entries.ofType(type).stream().map(RegisterBrowser::summary).toList();
  }

  @Transactional
  public Optional<EntryDetail> entry(String key) {
    return entries.byKey(key).map(this::detail);
  }

  private EntryDetail detail(Entry entry) {
    List<String> lifecycle = List.of();
    List<String> conflicts = List.of();
    if (entry instanceof Project project) {
      Lifecycle l = project.workingLifecycle();
      lifecycle = l.milestones().stream().map(RegisterBrowser::milestone).toList();
      conflicts =
          l.conflicts().stream()
              .map(pair -> milestone(pair.get(0)) + " is followed by " + milestone(pair.get(1)))
              .toList();
    }
    return new EntryDetail(
        summary(entry),
        entry.attributes(),
        entry.workingClaims().stream().map(RegisterBrowser::claim).toList(),
        entry.workingDisagreements().stream().map(RegisterBrowser::disagreement).toList(),
        lifecycle,
        conflicts,
        audit.historyOf(entry),
        review(entry),
        entry.allClaims().stream()
            .filter(c -> c.status() == ClaimStatus.RETRACTED)
            .map(RegisterBrowser::claim)
            .toList());
  }

  private static ReviewState review(Entry entry) {
    EditRecord r = entry.record();
    return new ReviewState(
        entry.version(),
        entry.status().name(),
        entry.changes().name(),
        entry.stage(),
        entry.isEditable(),
        entry.isInReview(),
        given(entry.name()),
        entry.proposedName().map(RegisterBrowser::given).orElse(null),
        entry.proposedAttributes().orElse(Map.of()),
        r.lastChangedBy(),
        r.lastChangedAt(),
        r.lastChange(),
        r.submittedBy(),
        r.submittedAt(),
        r.reviewComment(),
        r.reviewedBy(),
        r.approvedBy(),
        r.approvedAt(),
        entry.uncitedClaims());
  }

  private static ReviewState.GivenName given(LocalizedName name) {
    return new ReviewState.GivenName(
        name.in(Language.EN),
        name.has(Language.RU) ? name.in(Language.RU) : null,
        name.has(Language.ZH) ? name.in(Language.ZH) : null);
  }

  private static DisagreementView disagreement(Disagreement d) {
    return new DisagreementView(
        d.property(),
        d.appliesTo() == null ? null : ENGLISH.time(d.appliesTo()),
        d.claims().stream().map(RegisterBrowser::claim).toList());
  }

  private static String milestone(Milestone m) {
    return ENGLISH.time(m.when())
        + " "
        + Vocabulary.of(Language.EN).stage(m.stage().name()).toLowerCase(Locale.ROOT)
        + " ("
        + m.claim().key()
        + ")";
  }

  static EntrySummary summary(Entry e) {
    return new EntrySummary(
        e.key(),
        e.type().slug(),
        e.name().in(Language.EN),
        e.name().in(Language.RU),
        e.name().in(Language.ZH),
        e.status().name(),
        e.claims().size(),
        e.claims().stream().mapToInt(c -> c.citations().size()).sum(),
        e.disagreements().size());
  }

  private static ClaimView claim(Claim c) {
    return new ClaimView(
        c.key(),
        c.property(),
        ENGLISH.value(c.property(), c.value()),
        c.appliesTo() == null ? null : ENGLISH.time(c.appliesTo()),
        c.asStated(),
        c.kind().name(),
        c.isPreferred(),
        c.note(),
        c.derivedFrom().stream().map(Claim::key).toList(),
        c.citations().stream().map(RegisterBrowser::citation).toList(),
        c.status().name(),
        c.isRetractionProposed(),
        c.replaces() == null ? null : c.replaces().key(),
        translations(c));
  }

  /** A text's translations into each language but its own; none for another kind of value. */
  private static List<ClaimView.TranslationView> translations(Claim c) {
    if (c.value().kind() != org.silkway.core.claim.ValueKind.TEXT) {
      return List.of();
    }
    Optional<Language> original = c.originalLanguage();
    return java.util.Arrays.stream(Language.values())
        .filter(language -> original.filter(language::equals).isEmpty())
        .map(
            language ->
                new ClaimView.TranslationView(
                    language.tag(),
                    language.locale().getDisplayLanguage(java.util.Locale.ENGLISH),
                    c.translations().in(language).orElse(null),
                    c.proposedTranslations().in(language).orElse(null)))
        .toList();
  }

  private static ClaimView.CitationView citation(Citation c) {
    var source = c.source();
    return new ClaimView.CitationView(
        source.key(),
        source.title(),
        source.outlet(),
        source.published() == null ? null : source.published().toString(),
        c.excerpt());
  }
}
