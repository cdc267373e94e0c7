package org.silkway.core.entry;

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
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.silkway.core.claim.Claim;
import org.silkway.core.claim.ClaimKind;
import org.silkway.core.claim.ClaimValue;
import org.silkway.core.claim.Disagreement;
import org.silkway.core.i18n.LocalizedName;
import org.silkway.core.persistence.ColumnLimits;
import org.silkway.core.text.InvalidFieldException;
import org.silkway.core.text.Text;
import org.silkway.core.time.TimeSpan;

/**
 * An entry of the register: a country, a project, a document... It has a stable key, names in three
 * languages, an editorial status and the claims sources make about it. The claims are part of the
 * entry: they are added, cited, preferred and published through it.
 */
@Entity
@Audited
@Table(name = "entry")
@Inheritance(strategy = InheritanceType.SINGLE_TABLE)
@DiscriminatorColumn(name = "entry_type", length = 20)
@NamedQuery(name = Entry.BY_KEY, query = "select e from Entry e where e.key = :key")
@NamedQuery(name = Entry.ALL, query = "select e from Entry e order by e.key")
@NamedQuery(
    name = Entry.PUBLISHED,
    query =
        "select e from Entry e where e.status = org.silkway.core.entry.EntryStatus.PUBLISHED order by e.key")
@NamedQuery(name = Entry.COUNT, query = "select count(e) from Entry e")
@NamedQuery(
    name = Entry.OF_TYPE,
    query = "select e from Entry e where e.storedType = :type order by e.name.en")
public abstract class Entry {

  static final String BY_KEY = "Entry.byKey";
  static final String ALL = "Entry.all";
  static final String PUBLISHED = "Entry.published";
  static final String COUNT = "Entry.count";
  static final String OF_TYPE = "Entry.ofType";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

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
   * Marks a claim as the one editors prefer; the claim preferred before it about the same thing
   * (the same property, for the same time) is demoted, and stays.
   */
  public void prefer(Claim claim) {
    if (!claims.contains(claim)) {
      throw new IllegalArgumentException("Claim " + claim.key() + " is not a claim of " + key);
    }
    for (Claim other : claims) {
      if (other != claim && other.isAboutTheSameAs(claim)) {
        other.demote();
      }
    }
    claim.promote();
  }

  /** The claims that no source backs: what blocks publishing. */
  public List<String> uncitedClaims() {
    return claims.stream().filter(c -> !c.isBacked()).map(Claim::key).toList();
  }

  public void submitForReview() {
    if (status != EntryStatus.DRAFT) {
      throw new IllegalStateException(
          "Only a draft can be submitted for review; " + key + " is " + status);
    }
    status = EntryStatus.IN_REVIEW;
  }

  /**
   * Publishes the entry: from then on it reaches briefs and exports.
   *
   * @throws PublishingBlockedException when a claim has no citation
   */
  public void publish() {
    if (status == EntryStatus.PUBLISHED) {
      return;
    }
    if (status == EntryStatus.ARCHIVED) {
      throw new IllegalStateException("Entry " + key + " is archived; restore it as a draft first");
    }
    List<String> uncited = uncitedClaims();
    if (!uncited.isEmpty()) {
      throw new PublishingBlockedException(key, uncited);
    }
    status = EntryStatus.PUBLISHED;
  }

  /** Withdraws the entry from public outputs. Nothing is deleted. */
  public void archive() {
    status = EntryStatus.ARCHIVED;
  }

  /** Brings an archived entry back as a draft. */
  public void restore() {
    if (status != EntryStatus.ARCHIVED) {
      throw new IllegalStateException(
          "Only an archived entry can be restored; " + key + " is " + status);
    }
    status = EntryStatus.DRAFT;
  }

  /** The claims that say different things about the same property for the same time. */
  public List<Disagreement> disagreements() {
    return Disagreement.among(claims);
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

  public List<Claim> claims() {
    return Collections.unmodifiableList(claims);
  }

  public List<Claim> claimsAbout(String property) {
    return claims.stream().filter(c -> c.property().equals(property)).toList();
  }

  public long version() {
    return version;
  }

  @Override
  public String toString() {
    return key;
  }
}
