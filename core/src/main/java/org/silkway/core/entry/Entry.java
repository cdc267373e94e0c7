package org.silkway.core.entry;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorColumn;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.hibernate.annotations.ConcreteProxy;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.silkway.core.claim.Claim;
import org.silkway.core.claim.ClaimKind;
import org.silkway.core.claim.ClaimStatus;
import org.silkway.core.claim.ClaimValue;
import org.silkway.core.claim.Disagreement;
import org.silkway.core.i18n.Language;
import org.silkway.core.i18n.LocalizedName;
import org.silkway.core.persistence.ColumnLimits;
import org.silkway.core.text.InvalidFieldException;
import org.silkway.core.text.Text;
import org.silkway.core.time.TimeSpan;

/**
 * An entry of the register: a country, a project, a document... It has a stable key, names in three
 * languages, an editorial status and the claims sources make about it. The claims are part of the
 * entry: they are added, cited, preferred and published through it.
 *
 * <p>What readers see and what editors work on are kept apart. {@link #claims()} and {@link
 * #name()} are the entry as published; an editor's changes to a published entry (new or corrected
 * claims, retractions, a new name or attributes) wait beside them, as {@link #workingClaims()} and
 * proposals, until a reviewer {@linkplain #approve approves} them. A never-published entry is all
 * draft until then. Every change goes through {@link #recordEdit}, which also moves the entry's
 * version, so that a change to a claim or citation is a change to its entry.
 */
@Entity
@Audited
@Table(name = "entry")
// A claim's value and a claim's entry are lazy references; a reader that meets the reference
// before the entry itself (a project's sector before the sector) must still see a Sector, or
// "instanceof" and casts in the briefs' scope would miss it. Hibernate reads the discriminator
// with the reference (a join on the key) to make the proxy of the concrete type.
@ConcreteProxy
@Inheritance(strategy = InheritanceType.SINGLE_TABLE)
@DiscriminatorColumn(name = "entry_type", length = 20)
@NamedQuery(name = Entry.ALL, query = "select e from Entry e order by e.key")
@NamedQuery(
    name = Entry.PUBLISHED,
    query =
        "select e from Entry e where e.status = org.silkway.core.entry.EntryStatus.PUBLISHED order by e.key")
@NamedQuery(name = Entry.COUNT, query = "select count(e) from Entry e")
@NamedQuery(
    name = Entry.CITING,
    query = "select distinct c.claim.entry from Citation c where c.source = :source")
@NamedQuery(name = Entry.CLAIM_KEY_COUNT, query = "select count(c) from Claim c where c.key = :key")
@NamedQuery(
    name = Entry.OF_TYPE,
    query = "select e from Entry e where e.storedType = :type order by e.name.en")
@NamedQuery(
    name = Entry.PUBLISHED_OF_TYPE,
    query =
        "select e from Entry e where e.status = org.silkway.core.entry.EntryStatus.PUBLISHED"
            + " and e.storedType = :type order by e.key")
@NamedQuery(
    name = Entry.PUBLISHED_OF_TYPE_WITH_CLAIMS,
    query =
        "select e from Entry e left join fetch e.claims"
            + " where e.status = org.silkway.core.entry.EntryStatus.PUBLISHED"
            + " and e.storedType = :type order by e.key")
@NamedQuery(
    name = Entry.PUBLISHED_REFERRERS,
    query =
        "select e from Entry e left join fetch e.claims"
            + " where e.status = org.silkway.core.entry.EntryStatus.PUBLISHED"
            + " and e.id in (select c.entry.id from Claim c where c.value.entry = :target"
            + " and c.status = org.silkway.core.claim.ClaimStatus.PUBLISHED)"
            + " order by e.key")
@NamedQuery(
    name = Entry.PUBLISHED_WITH_CLAIMS,
    query =
        "select e from Entry e left join fetch e.claims"
            + " where e.status = org.silkway.core.entry.EntryStatus.PUBLISHED order by e.key")
@NamedQuery(
    name = Entry.CLAIMS_WITH_CITATIONS,
    query =
        "select distinct c from Claim c left join fetch c.citations ci left join fetch ci.source"
            + " where c.entry in :entries")
@NamedQuery(
    name = Entry.CLAIMS_WITH_ORIGINS,
    query =
        "select distinct c from Claim c left join fetch c.derivedFrom where c.entry in :entries")
public abstract class Entry {

  static final String ALL = "Entry.all";
  static final String PUBLISHED = "Entry.published";
  static final String COUNT = "Entry.count";
  static final String CITING = "Entry.citing";
  static final String CLAIM_KEY_COUNT = "Entry.claimKeyCount";
  static final String OF_TYPE = "Entry.ofType";
  static final String PUBLISHED_OF_TYPE = "Entry.publishedOfType";
  static final String PUBLISHED_OF_TYPE_WITH_CLAIMS = "Entry.publishedOfTypeWithClaims";
  static final String PUBLISHED_REFERRERS = "Entry.publishedReferrers";
  static final String PUBLISHED_WITH_CLAIMS = "Entry.publishedWithClaims";
  static final String CLAIMS_WITH_CITATIONS = "Entry.claimsWithCitations";
  static final String CLAIMS_WITH_ORIGINS = "Entry.claimsWithOrigins";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  // A natural id: the session answers a lookup by key from the entities it holds (see
  // EntryRepository.byKey), where a query by key always asks the database.
  @org.hibernate.annotations.NaturalId
  @Column(name = "entry_key", nullable = false, unique = true, length = ColumnLimits.KEY)
  private String key;

  /** The discriminator, readable in queries; in code, {@link #type()} is always right. */
  @NotAudited
  @Enumerated(EnumType.STRING)
  @Column(name = "entry_type", length = 20, insertable = false, updatable = false)
  private EntryType storedType;

  @Embedded private LocalizedName name;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 10)
  private EntryStatus status = EntryStatus.DRAFT;

  @OneToMany(mappedBy = "entry", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("sortOrder")
  private List<Claim> claims = new ArrayList<>();

  @Version private long version;

  /** For a published entry: whether editors' changes to it wait, and where in review. */
  @NotAudited
  @Enumerated(EnumType.STRING)
  @Column(name = "change_status", nullable = false, length = 10)
  private ChangeStatus changes = ChangeStatus.NONE;

  @NotAudited
  @Embedded
  @AttributeOverrides({
    @AttributeOverride(name = "en", column = @Column(name = "proposed_name_en")),
    @AttributeOverride(name = "ru", column = @Column(name = "proposed_name_ru")),
    @AttributeOverride(name = "zh", column = @Column(name = "proposed_name_zh"))
  })
  private LocalizedName proposedName;

  /** Proposed attributes of a published entry, as {@code name=value} lines; null when none. */
  @NotAudited
  @Column(name = "proposed_attributes", length = ColumnLimits.PROPOSED_ATTRIBUTES)
  private String proposedAttributes;

  /** Who changed the entry since it was last approved, space-separated: for the four-eyes rule. */
  @NotAudited
  @Column(name = "contributors", length = ColumnLimits.CONTRIBUTORS)
  private String contributors;

  @NotAudited @Embedded private EditRecord record = new EditRecord();

  /**
   * The keys of {@link #claims}, so that adding claim after claim stays linear however many an
   * entry has (an import may add thousands). Built when first needed.
   */
  @Transient private Set<String> claimKeys;

  protected Entry() {}

  protected Entry(String key, LocalizedName name) {
    this.key = EntryKey.requireEntryKey(key);
    if (!key.startsWith(type().slug() + "/")) {
      throw new InvalidFieldException(
          "key",
          "The key of a "
              + type().slug()
              + " starts with '"
              + type().slug()
              + "/', not "
              + Text.quote(key));
    }
    this.name = Objects.requireNonNull(name, "name");
  }

  /** What kind of entry this is. */
  public abstract EntryType type();

  /**
   * The type's own descriptive attributes (a country's code and role, a document's type), as the
   * register format writes them. Empty for types that have none.
   */
  public Map<String, String> attributes() {
    return new LinkedHashMap<>();
  }

  /**
   * Records what a source says about this entry. The claim must then be cited (or, for a derived
   * value, point to the claims it comes from) before the entry can be published.
   */
  public Claim addClaim(
      String claimKey,
      String property,
      ClaimValue value,
      TimeSpan appliesTo,
      String asStated,
      ClaimKind kind,
      String note) {
    requireEditable();
    if (claimKeys == null) {
      claimKeys = new HashSet<>();
      claims.forEach(c -> claimKeys.add(c.key()));
    }
    if (claimKeys.contains(claimKey)) {
      throw new InvalidFieldException(
          "key", "Entry " + key + " already has a claim " + Text.quote(claimKey));
    }
    Claim claim =
        new Claim(this, claimKey, property, value, appliesTo, asStated, kind, note, claims.size());
    claims.add(claim);
    claimKeys.add(claimKey);
    return claim;
  }

  /**
   * Marks a published claim as the one editors prefer; the claim preferred before it about the same
   * thing (the same property, for the same time) is demoted, and stays. A reviewer's decision among
   * what readers already see: it takes effect at once, and a draft cannot be preferred before it is
   * approved.
   */
  public void prefer(Claim claim) {
    requireOwn(claim);
    if (claim.status() != ClaimStatus.PUBLISHED) {
      throw new IllegalStateException(
          "Only a published claim can be preferred; this one is "
              + claim.status().name().toLowerCase(java.util.Locale.ROOT)
              + ". Approve it first.");
    }
    for (Claim other : claims) {
      if (other != claim && other.isAboutTheSameAs(claim)) {
        other.demote();
      }
    }
    claim.promote();
  }

  /** Clears the preference among the claims about the same thing as this one. */
  public void clearPreference(Claim claim) {
    requireOwn(claim);
    for (Claim other : claims) {
      if (other.isAboutTheSameAs(claim)) {
        other.demote();
      }
    }
  }

  /**
   * Corrects a published claim: the correction is a new draft claim that replaces it when a
   * reviewer approves, so that readers keep the published value until then. A draft claim is
   * corrected in place.
   */
  public Claim correct(
      Claim claim,
      String correctionKey,
      ClaimValue value,
      TimeSpan appliesTo,
      String asStated,
      ClaimKind kind,
      String note) {
    requireOwn(claim);
    requireEditable();
    if (claim.status() == ClaimStatus.RETRACTED) {
      throw new IllegalStateException("Claim " + claim.key() + " is retracted");
    }
    if (claim.status() == ClaimStatus.DRAFT) {
      claim.revise(value, appliesTo, asStated, kind, note);
      return claim;
    }
    if (workingClaims().stream().anyMatch(c -> c.replaces() == claim)) {
      throw new InvalidFieldException(
          "claim", "Claim " + claim.key() + " already has a correction waiting: edit that one");
    }
    Claim correction =
        addClaim(correctionKey, claim.property(), value, appliesTo, asStated, kind, note);
    correction.replace(claim);
    if (value.text() != null && value.text().equals(claim.value().text())) {
      // The wording stays, so its translations (and those waiting for review) still hold.
      correction.keepTranslations(claim.translations().overlaidWith(claim.proposedTranslations()));
    }
    return correction;
  }

  /**
   * Translates a text claim: a draft in place, a published one as a proposal that readers see once
   * a reviewer approves the entry's changes.
   */
  public void translate(Claim claim, Language language, String text) {
    requireOwn(claim);
    requireEditable();
    claim.translate(language, text);
  }

  /**
   * Retracts a claim. A draft claim is retracted at once; a published one is marked, and leaves the
   * published entry when a reviewer approves. Nothing is deleted: the claim stays in the history.
   */
  public void retract(Claim claim) {
    requireOwn(claim);
    requireEditable();
    switch (claim.status()) {
      case DRAFT -> claim.retract();
      case PUBLISHED -> claim.proposeRetraction();
      case RETRACTED -> {}
    }
  }

  /** Withdraws a proposed retraction of a published claim. */
  public void keep(Claim claim) {
    requireOwn(claim);
    requireEditable();
    claim.withdrawRetraction();
  }

  /**
   * Drops a draft claim's citations, so that a correction in place rests on the citations the
   * editor gave it (which start as the claim's own). A published claim's citations never change.
   */
  public void clearCitations(Claim claim) {
    requireOwn(claim);
    requireEditable();
    claim.clearCitations();
  }

  /** Cites a draft claim. Published claims are cited through a correction. */
  public void cite(Claim claim, org.silkway.core.source.Source source, String excerpt) {
    requireOwn(claim);
    requireEditable();
    if (claim.status() != ClaimStatus.DRAFT) {
      throw new IllegalStateException(
          "Claim " + claim.key() + " is published: correct it to add a citation");
    }
    claim.cite(source, excerpt);
  }

  /**
   * Renames the entry: at once while it was never published, as a proposal for review once it is.
   */
  public void rename(LocalizedName newName) {
    requireEditable();
    Objects.requireNonNull(newName, "name");
    if (isLive()) {
      proposedName = newName.equals(name) ? null : newName;
    } else {
      name = newName;
    }
  }

  /**
   * Changes the type's attributes (a country's role, an event's kind): at once while the entry was
   * never published, as a proposal for review once it is.
   *
   * @throws InvalidFieldException naming the attribute when one is wrong
   */
  public void changeAttributes(Map<String, String> newAttributes) {
    requireEditable();
    Map<String, String> wanted = new LinkedHashMap<>(attributes());
    wanted.putAll(newAttributes);
    checkAttributes(wanted);
    if (isLive()) {
      proposedAttributes = wanted.equals(attributes()) ? null : Attributes.write(wanted);
    } else {
      applyAttributes(wanted);
    }
  }

  /** Checks attributes without applying them; types with attributes override this. */
  protected void checkAttributes(Map<String, String> attributes) {}

  /** Applies checked attributes; types with attributes override this. */
  protected void applyAttributes(Map<String, String> attributes) {}

  /**
   * The named attribute as a constant of its enum.
   *
   * @throws InvalidFieldException naming {@code attributes.<name>} when it is missing or wrong
   */
  protected static <E extends Enum<E>> E attribute(
      Class<E> type, Map<String, String> attributes, String name) {
    String value = attributes.get(name);
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equals(value)) {
        return constant;
      }
    }
    throw new InvalidFieldException(
        "attributes." + name,
        value == null || value.isBlank()
            ? "Choose the " + name
            : Text.quote(value) + " is not a " + name + " Silkway knows");
  }

  /**
   * Records who changed the entry, when and what: for the review queues, the four-eyes rule and the
   * message a second editor gets. It also moves the entry's version. A published entry now has
   * changes waiting.
   */
  public void recordEdit(String editor, Instant at, String what) {
    record = record().changed(editor, at, what);
    contributors = Contributors.add(contributors, editor);
    if (isLive() && changes == ChangeStatus.NONE) {
      changes = ChangeStatus.DRAFTED;
    }
  }

  /**
   * Records a reviewer's decision that takes effect at once (preferring a claim, clearing a
   * preference): who, when and what, moving the version like any change, but it is no content
   * waiting for review, so it neither makes the reviewer a contributor (who could then not approve
   * the editors' work under review) nor marks a published entry as changed.
   */
  public void recordDecision(String reviewer, Instant at, String what) {
    record = record().changed(reviewer, at, what);
  }

  /** The claims that no source backs, among those that are or will be published: what blocks. */
  public List<String> uncitedClaims() {
    return uncited().stream().map(Claim::key).toList();
  }

  private List<Claim> uncited() {
    return workingClaims().stream()
        .filter(c -> !c.isRetractionProposed() && !c.isBacked())
        .toList();
  }

  /**
   * Sends the entry, or a published entry's waiting changes, to the reviewers.
   *
   * @throws PublishingBlockedException when a claim has no citation
   */
  public void submitForReview(String editor, Instant at) {
    boolean draft = status == EntryStatus.DRAFT;
    if (!draft && !(status == EntryStatus.PUBLISHED && changes == ChangeStatus.DRAFTED)) {
      throw new IllegalStateException(
          "Only a draft, or a published entry with changes, can be submitted; "
              + key
              + " is "
              + stage());
    }
    if (!uncited().isEmpty()) {
      throw PublishingBlockedException.worded(workingName(Language.EN), uncited());
    }
    if (draft) {
      status = EntryStatus.IN_REVIEW;
    } else {
      changes = ChangeStatus.IN_REVIEW;
    }
    record = record().submitted(editor, at);
  }

  /** A reviewer sends the entry, or its changes, back to the editors with a comment. */
  public void sendBack(String reviewer, Instant at, String comment) {
    if (!isInReview()) {
      throw new IllegalStateException("Entry " + key + " is not in review; it is " + stage());
    }
    if (comment == null || comment.isBlank()) {
      throw new InvalidFieldException("comment", "Say what must change: the comment is empty");
    }
    if (status == EntryStatus.IN_REVIEW) {
      status = EntryStatus.DRAFT;
    } else {
      changes = ChangeStatus.DRAFTED;
    }
    record =
        record.sentBack(
            reviewer, at, Text.prose(comment.strip(), ColumnLimits.REVIEW_COMMENT, "comment"));
  }

  /**
   * A reviewer approves the entry, or its waiting changes: drafts become published, retractions and
   * corrections take effect, a proposed name and attributes replace the old ones. From then on it
   * reaches briefs and exports as it is.
   *
   * @param fourEyes whether the reviewer must be someone other than those who made the changes
   * @throws PublishingBlockedException when a claim has no citation
   * @throws FourEyesException when the reviewer made some of the changes
   */
  public void approve(String reviewer, Instant at, boolean fourEyes) {
    if (!isInReview()) {
      throw new IllegalStateException(
          "Entry "
              + key
              + " is "
              + stage()
              + ": only what was submitted for review can be approved");
    }
    if (fourEyes && Contributors.includes(contributors, reviewer)) {
      throw new FourEyesException(key, reviewer);
    }
    if (!uncited().isEmpty()) {
      throw PublishingBlockedException.worded(workingName(Language.EN), uncited());
    }
    requireNothingUnpublishedBehind();
    applyWaitingChanges();
    status = EntryStatus.PUBLISHED;
    changes = ChangeStatus.NONE;
    contributors = null;
    record = record().approved(reviewer, at);
  }

  /**
   * Readers see only published entries and published claims, so a claim that would be published
   * pointing at an entry that is not, or derived from a claim that is not, would print something
   * nobody reviewed: approval waits until that entry or claim is published.
   */
  private void requireNothingUnpublishedBehind() {
    for (Claim claim : workingClaims()) {
      if (claim.isRetractionProposed()) {
        continue;
      }
      Entry target = claim.value().entry();
      if (target != null && target != this && target.status() != EntryStatus.PUBLISHED) {
        throw new IllegalStateException(
            "The "
                + claim.property()
                + " of "
                + name.in(Language.EN)
                + " is "
                + target.name().in(Language.EN)
                + ", which is not published. Publish "
                + target.name().in(Language.EN)
                + " first, or change the claim.");
      }
      for (Claim origin : claim.derivedFrom()) {
        boolean publishedWithThis = origin.entry() == this && origin.status() == ClaimStatus.DRAFT;
        if (!publishedWithThis && !origin.isPublic()) {
          throw new IllegalStateException(
              "The "
                  + claim.property()
                  + " of "
                  + name.in(Language.EN)
                  + " is derived from a "
                  + origin.property()
                  + " of "
                  + origin.entry().name().in(Language.EN)
                  + " that is not published. Publish that first, or change the claim.");
        }
      }
    }
  }

  private void applyWaitingChanges() {
    for (Claim claim : claims) {
      if (claim.isRetractionProposed()) {
        claim.retract();
      }
    }
    for (Claim claim : claims) {
      if (claim.status() == ClaimStatus.DRAFT) {
        if (claim.replaces() != null) {
          claim.replaces().retract();
        }
        claim.publish();
      }
      if (claim.status() == ClaimStatus.PUBLISHED) {
        claim.publishTranslations();
      }
    }
    if (proposedName != null) {
      name = proposedName;
      proposedName = null;
    }
    if (proposedAttributes != null) {
      applyAttributes(Attributes.read(proposedAttributes));
      proposedAttributes = null;
    }
  }

  /**
   * Sets the status an exported register gave the entry, when it is imported: the importer's own
   * path, which trusts the review the register went through where it came from. The claims of a
   * published or archived entry are published with it.
   *
   * @throws PublishingBlockedException when a published entry has a claim without a citation
   */
  public void restoreStatus(EntryStatus restored) {
    Objects.requireNonNull(restored, "status");
    if (restored == EntryStatus.PUBLISHED) {
      List<String> uncited = uncitedClaims();
      if (!uncited.isEmpty()) {
        throw new PublishingBlockedException(key, uncited);
      }
    }
    this.status = restored;
    if (restored == EntryStatus.PUBLISHED || restored == EntryStatus.ARCHIVED) {
      claims.stream().filter(c -> c.status() == ClaimStatus.DRAFT).forEach(Claim::publish);
    }
  }

  /** Withdraws the entry from public outputs. Nothing is deleted. */
  public void archive() {
    status = EntryStatus.ARCHIVED;
  }

  /** Brings an archived entry back as a draft, to go through review again. */
  public void restore() {
    if (status != EntryStatus.ARCHIVED) {
      throw new IllegalStateException(
          "Only an archived entry can be restored; " + key + " is " + status);
    }
    status = EntryStatus.DRAFT;
    changes = ChangeStatus.NONE;
  }

  /** Whether editors may change the entry now: not while it waits for review, nor archived. */
  public boolean isEditable() {
    return status == EntryStatus.DRAFT
        || (status == EntryStatus.PUBLISHED && changes != ChangeStatus.IN_REVIEW);
  }

  /** Whether the entry, or a published entry's changes, wait for a reviewer. */
  public boolean isInReview() {
    return status == EntryStatus.IN_REVIEW
        || (status == EntryStatus.PUBLISHED && changes == ChangeStatus.IN_REVIEW);
  }

  /** "draft", "in review", "published", "published, changes drafted", ... for messages. */
  public String stage() {
    String stage = status.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    return status == EntryStatus.PUBLISHED && changes != ChangeStatus.NONE
        ? stage + ", changes " + changes.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
        : stage;
  }

  private void requireEditable() {
    if (!isEditable()) {
      throw new NotEditableException(key, stage());
    }
  }

  private void requireOwn(Claim claim) {
    if (!claims.contains(claim)) {
      throw new IllegalArgumentException("Claim " + claim.key() + " is not a claim of " + key);
    }
  }

  /** Published now or before: its changes must wait for review rather than show at once. */
  private boolean isLive() {
    return status == EntryStatus.PUBLISHED
        || claims.stream()
            .anyMatch(c -> c.status() != ClaimStatus.DRAFT && c.status() != ClaimStatus.RETRACTED);
  }

  /** Where the published claims say different things about the same property for the same time. */
  public List<Disagreement> disagreements() {
    return Disagreement.among(claims());
  }

  /**
   * Where the claims editors work on disagree, drafts included. A published claim with a correction
   * waiting is left out: the correction is a proposed change to it, not a second source.
   */
  public List<Disagreement> workingDisagreements() {
    java.util.Set<Claim> corrected = new java.util.HashSet<>();
    workingClaims().stream().map(Claim::replaces).filter(Objects::nonNull).forEach(corrected::add);
    return Disagreement.among(
        workingClaims().stream().filter(c -> !corrected.contains(c)).toList());
  }

  public Long id() {
    return id;
  }

  public String key() {
    return key;
  }

  public LocalizedName name() {
    return name;
  }

  public EntryStatus status() {
    return status;
  }

  /**
   * The claims as published: what briefs, exports and every reader see. A published claim whose
   * value is an entry that is not published (archived since) is left out, so that no reader sees
   * the name of an entry nobody published.
   */
  public List<Claim> claims() {
    return claims.stream()
        .filter(c -> c.status() == ClaimStatus.PUBLISHED)
        .filter(
            c -> c.value().entry() == null || c.value().entry().status() == EntryStatus.PUBLISHED)
        .toList();
  }

  /** The claims editors work on: the published ones and the drafts, not the retracted. */
  public List<Claim> workingClaims() {
    return claims.stream().filter(c -> c.status() != ClaimStatus.RETRACTED).toList();
  }

  /** Every claim the entry ever had, retracted ones included, in the order editors gave them. */
  public List<Claim> allClaims() {
    return Collections.unmodifiableList(claims);
  }

  public Optional<Claim> claim(String claimKey) {
    return claims.stream().filter(c -> c.key().equals(claimKey)).findFirst();
  }

  /** The published claims about a property. */
  public List<Claim> claimsAbout(String property) {
    return claims().stream().filter(c -> c.property().equals(property)).toList();
  }

  public ChangeStatus changes() {
    return changes;
  }

  /** The name waiting for review, if an editor renamed a published entry. */
  public Optional<LocalizedName> proposedName() {
    return Optional.ofNullable(proposedName);
  }

  /** The attributes waiting for review, if an editor changed a published entry's. */
  public Optional<Map<String, String>> proposedAttributes() {
    return Optional.ofNullable(proposedAttributes).map(Attributes::read);
  }

  /** Who changed it last, when and what; who submitted, sent back or approved it. */
  public EditRecord record() {
    return record == null ? new EditRecord() : record;
  }

  /** The English name, or the proposed one while it waits: what editors look for. */
  public String workingName(Language language) {
    return (proposedName != null ? proposedName : name).in(language);
  }

  public long version() {
    return version;
  }

  @Override
  public String toString() {
    return key;
  }
}
