package org.silkway.core.claim;

import static org.silkway.core.text.Text.blankToNull;
import static org.silkway.core.text.Text.prose;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.hibernate.envers.Audited;
import org.silkway.core.entry.Entry;
import org.silkway.core.entry.EntryKey;
import org.silkway.core.entry.EntryStatus;
import org.silkway.core.i18n.Language;
import org.silkway.core.persistence.ColumnLimits;
import org.silkway.core.source.Source;
import org.silkway.core.text.InvalidFieldException;
import org.silkway.core.time.TimeSpan;

/**
 * One thing sources say about an entry: its property ("held", "cost", "stage"), its value, the time
 * it applies to, and the citations it rests on. The source's own wording is kept when it differs
 * from the normalised value ("scheduled to commence next month").
 */
@Entity
@Audited
@Table(name = "claim")
public class Claim {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "claim_key", nullable = false, unique = true, length = ColumnLimits.KEY)
  private String key;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "entry_id", nullable = false)
  private Entry entry;

  @Column(name = "property", nullable = false, length = ColumnLimits.PROPERTY)
  private String property;

  @Embedded private ClaimValue value;

  @Embedded
  @AttributeOverrides({
    @AttributeOverride(name = "start", column = @Column(name = "applies_start", length = 10)),
    @AttributeOverride(name = "end", column = @Column(name = "applies_end", length = 10)),
    @AttributeOverride(name = "precision", column = @Column(name = "applies_precision", length = 5))
  })
  private TimeSpan appliesTo;

  @Column(name = "as_stated", length = ColumnLimits.CLAIM_AS_STATED)
  private String asStated;

  @Enumerated(EnumType.STRING)
  @Column(name = "claim_kind", nullable = false, length = 10)
  private ClaimKind kind;

  @Column(name = "preferred", nullable = false)
  private boolean preferred;

  @Column(name = "note", length = ColumnLimits.CLAIM_NOTE)
  private String note;

  @Column(name = "sort_order", nullable = false)
  private int sortOrder;

  /** Draft until a reviewer approves it; retracted claims stay, out of every public output. */
  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 10)
  private ClaimStatus status = ClaimStatus.DRAFT;

  /** An editor asked to retract this published claim; it stays published until approved. */
  @Column(name = "retraction_proposed", nullable = false)
  private boolean retractionProposed;

  /** The published claim this draft corrects: retracted when this one is approved. */
  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "replaces_id")
  private Claim replaces;

  /** A text's reviewed translations: what readers see of it in the other languages. */
  @Embedded private Translations translations;

  /**
   * Translations of a published text that wait for review, published over {@link #translations}
   * when its entry is approved; a draft text is translated in place.
   */
  @Embedded
  @AttributeOverrides({
    @AttributeOverride(
        name = "en",
        column = @Column(name = "proposed_tr_en", length = ColumnLimits.CLAIM_TEXT)),
    @AttributeOverride(
        name = "ru",
        column = @Column(name = "proposed_tr_ru", length = ColumnLimits.CLAIM_TEXT)),
    @AttributeOverride(
        name = "zh",
        column = @Column(name = "proposed_tr_zh", length = ColumnLimits.CLAIM_TEXT))
  })
  private Translations proposedTranslations;

  @ManyToMany
  @JoinTable(
      name = "claim_derivation",
      joinColumns = @JoinColumn(name = "claim_id"),
      inverseJoinColumns = @JoinColumn(name = "derived_from_id"))
  @OrderBy("sortOrder")
  private List<Claim> derivedFrom = new ArrayList<>();

  @OneToMany(mappedBy = "claim", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("sortOrder")
  private List<Citation> citations = new ArrayList<>();

  protected Claim() {}

  /** Created through {@link Entry#addClaim}, which keeps an entry's claims together. */
  public Claim(
      Entry entry,
      String key,
      String property,
      ClaimValue value,
      TimeSpan appliesTo,
      String asStated,
      ClaimKind kind,
      String note,
      int sortOrder) {
    this.entry = Objects.requireNonNull(entry, "entry");
    this.key = EntryKey.requireSlug(key, "claim key");
    this.property = property;
    describe(value, appliesTo, asStated, kind, note);
    this.sortOrder = sortOrder;
  }

  private void describe(
      ClaimValue value, TimeSpan appliesTo, String asStated, ClaimKind kind, String note) {
    PropertySchema.require(entry.type(), property, value);
    if (kind == null) {
      throw new InvalidFieldException(
          "kind", "A claim needs a kind: actual, estimate, forecast or derived");
    }
    this.value = value;
    this.appliesTo = appliesTo;
    this.asStated = prose(blankToNull(asStated), ColumnLimits.CLAIM_AS_STATED, "asStated");
    this.kind = kind;
    this.note = prose(blankToNull(note), ColumnLimits.CLAIM_NOTE, "note");
  }

  /** Changes a draft claim in place; {@link Entry#correct} decides when that is allowed. */
  public void revise(
      ClaimValue value, TimeSpan appliesTo, String asStated, ClaimKind kind, String note) {
    requireDraft();
    if (kind != ClaimKind.DERIVED && this.kind == ClaimKind.DERIVED) {
      derivedFrom.clear();
    }
    if (!Objects.equals(value.text(), this.value.text())) {
      // A translation of the old wording would print under the new one.
      translations = null;
    }
    describe(value, appliesTo, asStated, kind, note);
  }

  /**
   * Translates this text into a language its source did not write it in: in place while the claim
   * is a draft (it is reviewed with the claim), as a proposal for review once it is published.
   *
   * @throws InvalidFieldException naming {@code translation} or {@code language}
   */
  public void translate(Language language, String text) {
    if (value.kind() != ValueKind.TEXT) {
      throw new InvalidFieldException(
          "claim",
          "Only a text is translated; the "
              + property
              + " of this entry is a "
              + value.kind().name().toLowerCase(java.util.Locale.ROOT));
    }
    if (originalLanguage().filter(language::equals).isPresent()) {
      throw new InvalidFieldException(
          "language", "This text is in that language already: its source wrote it so");
    }
    switch (status) {
      case DRAFT -> translations = translations().with(language, text);
      case PUBLISHED -> proposedTranslations = proposedTranslations().with(language, text);
      case RETRACTED ->
          throw new IllegalStateException("Claim " + key + " is retracted: it is not translated");
    }
  }

  /** Called by {@link Entry#approve}: proposed translations are what readers see now. */
  public void publishTranslations() {
    if (proposedTranslations != null && !proposedTranslations.isEmpty()) {
      translations = translations().overlaidWith(proposedTranslations);
    }
    proposedTranslations = null;
  }

  /**
   * Gives a copy of a claim (a correction that keeps the wording, the register read at a past
   * revision) the translations readers saw of the original.
   */
  public void keepTranslations(Translations kept) {
    translations = Translations.orNone(kept).isEmpty() ? null : kept;
  }

  /**
   * The language the text was written in: that of the source it was first cited to; empty when that
   * is none of Silkway's languages, and every language then needs a translation.
   */
  public Optional<Language> originalLanguage() {
    return citations.stream()
        .min(java.util.Comparator.comparingInt(Citation::sortOrder))
        .flatMap(c -> Language.fromTag(c.source().language()));
  }

  /** Makes this draft the correction of a published claim; see {@link Entry#correct}. */
  public void replace(Claim published) {
    requireDraft();
    this.replaces = published;
  }

  /** Called by {@link Entry#approve} and the importer's restore: the claim is public now. */
  public void publish() {
    if (status == ClaimStatus.DRAFT) {
      status = ClaimStatus.PUBLISHED;
    }
  }

  /** Called by {@link Entry#retract} and {@link Entry#approve}: out of every output, kept. */
  public void retract() {
    status = ClaimStatus.RETRACTED;
    retractionProposed = false;
    preferred = false;
  }

  /** Called by {@link Entry#retract} for a published claim: retracted when approved. */
  public void proposeRetraction() {
    if (status == ClaimStatus.PUBLISHED) {
      retractionProposed = true;
    }
  }

  public void withdrawRetraction() {
    retractionProposed = false;
  }

  private void requireDraft() {
    if (status != ClaimStatus.DRAFT) {
      throw new IllegalStateException("Claim " + key + " is " + status + ", not a draft");
    }
  }

  /** Called by {@link Entry#clearCitations}: a draft's citations, before it is cited anew. */
  public void clearCitations() {
    requireDraft();
    citations.clear();
  }

  /** Adds the evidence this claim rests on: a source and the verbatim excerpt. */
  public Citation cite(Source source, String excerpt) {
    if (kind == ClaimKind.DERIVED) {
      throw new IllegalStateException(
          "Claim " + key + " is derived: it rests on the claims it comes from, not on a citation");
    }
    Citation citation = new Citation(this, source, excerpt, citations.size());
    citations.add(citation);
    return citation;
  }

  /** Records, for a derived claim, a claim its value is computed from. */
  public void deriveFrom(Claim origin) {
    if (kind != ClaimKind.DERIVED) {
      throw new IllegalStateException(
          "Only a DERIVED claim comes from other claims; " + key + " is " + kind);
    }
    if (origin == this) {
      throw new IllegalArgumentException("Claim " + key + " cannot be derived from itself");
    }
    derivedFrom.add(origin);
  }

  /** A claim is backed by a citation, or, when derived, by the claims it is computed from. */
  public boolean isBacked() {
    return kind == ClaimKind.DERIVED ? !derivedFrom.isEmpty() : !citations.isEmpty();
  }

  /** Whether both claims speak of the same property of the same entry for the same time. */
  public boolean isAboutTheSameAs(Claim other) {
    return entry == other.entry
        && property.equals(other.property)
        && Objects.equals(appliesTo, other.appliesTo);
  }

  /** Called by {@link Entry#prefer}, which keeps one preferred claim per group: use that. */
  public void demote() {
    preferred = false;
  }

  public void promote() {
    preferred = true;
  }

  public Long id() {
    return id;
  }

  public String key() {
    return key;
  }

  public Entry entry() {
    return entry;
  }

  public String property() {
    return property;
  }

  public ClaimValue value() {
    return value;
  }

  /** The time the claim applies to (a stage's date, an observation's period), or null. */
  public TimeSpan appliesTo() {
    return appliesTo;
  }

  public String asStated() {
    return asStated;
  }

  public ClaimKind kind() {
    return kind;
  }

  public boolean isPreferred() {
    return preferred;
  }

  public String note() {
    return note;
  }

  public int sortOrder() {
    return sortOrder;
  }

  public List<Claim> derivedFrom() {
    return Collections.unmodifiableList(derivedFrom);
  }

  /** Whether readers see this claim: it is published, on a published entry. */
  public boolean isPublic() {
    return status == ClaimStatus.PUBLISHED && entry.status() == EntryStatus.PUBLISHED;
  }

  /**
   * The claims a derived value comes from that readers see: what briefs and the export name, so
   * that a draft or retracted origin never reaches them.
   */
  public List<Claim> publicOrigins() {
    return derivedFrom.stream().filter(Claim::isPublic).toList();
  }

  /** The reviewed translations (for a draft, those it will be published with). */
  public Translations translations() {
    return Translations.orNone(translations);
  }

  /** Translations of a published text waiting for review. */
  public Translations proposedTranslations() {
    return Translations.orNone(proposedTranslations);
  }

  /** The text in the language: its reviewed translation there, or empty. */
  public Optional<String> translationIn(Language language) {
    return translations().in(language);
  }

  public ClaimStatus status() {
    return status;
  }

  public boolean isRetractionProposed() {
    return retractionProposed;
  }

  /** The published claim this draft corrects, or null. */
  public Claim replaces() {
    return replaces;
  }

  public List<Citation> citations() {
    return Collections.unmodifiableList(citations);
  }

  @Override
  public String toString() {
    return key + ": " + property + " = " + value;
  }
}
