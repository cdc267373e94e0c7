package org.silkway.core.source;

import static org.silkway.core.text.Text.blankToNull;
import static org.silkway.core.text.Text.line;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.silkway.core.entry.EntryKey;
import org.silkway.core.persistence.ColumnLimits;
import org.silkway.core.text.InvalidFieldException;
import org.silkway.core.time.Precision;
import org.silkway.core.time.TimeSpan;

/**
 * Where a claim comes from: an article, an official statement, a dataset or a report. Its
 * publication date may be known only to the month ("written before the summit"); relative dates in
 * its text resolve against it only when it is known to the day.
 */
@Entity
@Audited
@Table(name = "source")
@NamedQuery(name = Source.ALL, query = "select s from Source s order by s.key")
@NamedQuery(name = Source.COUNT, query = "select count(s) from Source s")
@NamedQuery(
    name = Source.WITH_PROPOSAL,
    query = "select s from Source s where s.proposedBy is not null order by s.proposedAt")
@NamedQuery(
    name = Source.IS_PUBLIC,
    query =
        "select count(c) from Citation c where c.source = :source"
            + " and c.claim.status = org.silkway.core.claim.ClaimStatus.PUBLISHED"
            + " and c.claim.entry.status = org.silkway.core.entry.EntryStatus.PUBLISHED")
public class Source {

  static final String ALL = "Source.all";
  static final String COUNT = "Source.count";
  static final String WITH_PROPOSAL = "Source.withProposal";
  static final String IS_PUBLIC = "Source.isPublic";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  // A natural id, like an entry's key: see SourceRepository.byKey.
  @org.hibernate.annotations.NaturalId
  @Column(name = "source_key", nullable = false, unique = true, length = ColumnLimits.KEY)
  private String key;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false, length = 20)
  private SourceKind kind;

  @Column(name = "title", nullable = false, length = ColumnLimits.SOURCE_TITLE)
  private String title;

  @Column(name = "outlet", length = ColumnLimits.SOURCE_OUTLET)
  private String outlet;

  @Column(name = "author", length = ColumnLimits.SOURCE_AUTHOR)
  private String author;

  @Embedded
  @AttributeOverrides({
    @AttributeOverride(name = "start", column = @Column(name = "published_start", length = 10)),
    @AttributeOverride(name = "end", column = @Column(name = "published_end", length = 10)),
    @AttributeOverride(
        name = "precision",
        column = @Column(name = "published_precision", length = 5))
  })
  private TimeSpan published;

  @Column(name = "published_note", length = ColumnLimits.SOURCE_PUBLISHED_NOTE)
  private String publishedNote;

  @Column(name = "url", length = ColumnLimits.SOURCE_URL)
  private String url;

  @Column(name = "language", nullable = false, length = ColumnLimits.SOURCE_LANGUAGE)
  private String language;

  @Column(name = "retrieved")
  private LocalDate retrieved;

  @Column(name = "file_name", length = ColumnLimits.SOURCE_FILE)
  private String file;

  @Version private long version;

  /** An edit of a public source waiting for review: the form's fields, one per line; or null. */
  @NotAudited
  @Column(name = "proposed_change", length = ColumnLimits.SOURCE_PROPOSED_CHANGE)
  private String proposedChange;

  @NotAudited
  @Column(name = "proposed_by", length = 100)
  private String proposedBy;

  @NotAudited
  @Column(name = "proposed_at")
  private Instant proposedAt;

  protected Source() {}

  public Source(String key, SourceKind kind, String title, String language) {
    this.key = EntryKey.requireSlug(key, "source key");
    describe(kind, title, language);
  }

  /**
   * What the source is, what it is called and what language it is in; an editor may correct them.
   */
  public Source describe(SourceKind kind, String title, String language) {
    if (kind == null) {
      throw new InvalidFieldException("kind", "A source needs a kind");
    }
    if (title == null || title.isBlank()) {
      throw new InvalidFieldException("title", "A source needs a title");
    }
    if (language == null || language.isBlank()) {
      throw new InvalidFieldException("language", "A source needs a language");
    }
    String checkedTitle = line(title.strip(), ColumnLimits.SOURCE_TITLE, "title");
    String checkedLanguage = line(language.strip(), ColumnLimits.SOURCE_LANGUAGE, "language");
    this.kind = kind;
    this.title = checkedTitle;
    this.language = checkedLanguage;
    return this;
  }

  /** Who published it and who wrote it; either may be unknown (null). */
  public Source attributedTo(String outlet, String author) {
    this.outlet = line(blankToNull(outlet), ColumnLimits.SOURCE_OUTLET, "outlet");
    this.author = line(blankToNull(author), ColumnLimits.SOURCE_AUTHOR, "author");
    return this;
  }

  /**
   * When it was published, as precisely as known, with a note on what bounds an approximate date.
   */
  public Source publishedOn(TimeSpan published, String note) {
    this.published = published;
    this.publishedNote =
        line(blankToNull(note), ColumnLimits.SOURCE_PUBLISHED_NOTE, "publishedNote");
    return this;
  }

  public Source locatedAt(String url, String file, LocalDate retrieved) {
    this.url = webAddress(line(blankToNull(url), ColumnLimits.SOURCE_URL, "url"));
    this.file = line(blankToNull(file), ColumnLimits.SOURCE_FILE, "file");
    this.retrieved = retrieved;
    return this;
  }

  /**
   * An address readers can open: {@code http} or {@code https} with a host. Anything else ({@code
   * javascript:}, a bare word) would be a broken or dangerous link in a page or a brief.
   */
  private static String webAddress(String url) {
    if (url == null) {
      return null;
    }
    try {
      java.net.URI uri = new java.net.URI(url);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
        return url;
      }
    } catch (java.net.URISyntaxException e) {
      // Worded below, for a person.
    }
    throw new InvalidFieldException(
        "url", "The address must be a web address that starts with https:// or http://");
  }

  /**
   * Records an edit of a source that readers see (a published claim cites it) as a change waiting
   * for review, replacing one waiting before; readers keep the approved version until then. The
   * caller checks the change first, since it is stored as typed.
   */
  public void propose(SourceInput change, String by, Instant at) {
    this.proposedChange = change.toLines();
    this.proposedBy = by;
    this.proposedAt = at;
  }

  /** The edit waiting for review, if any. */
  public Optional<SourceInput> proposedChange() {
    return Optional.ofNullable(proposedChange).map(SourceInput::fromLines);
  }

  /** Who proposed the waiting edit (for the four-eyes rule), or null. */
  public String proposedBy() {
    return proposedBy;
  }

  public Instant proposedAt() {
    return proposedAt;
  }

  /**
   * Takes the waiting edit away, for a reviewer who approves it (and then applies it) or rejects
   * it.
   */
  public SourceInput takeProposedChange() {
    SourceInput change =
        proposedChange()
            .orElseThrow(() -> new IllegalStateException("No change of " + key + " waits"));
    proposedChange = null;
    proposedBy = null;
    proposedAt = null;
    return change;
  }

  /** The publication day, when it is known to the day: what relative dates resolve against. */
  public Optional<LocalDate> publicationDay() {
    return published != null && published.precision() == Precision.DAY && published.end() == null
        ? Optional.of(published.earliest())
        : Optional.empty();
  }

  public Long id() {
    return id;
  }

  public String key() {
    return key;
  }

  public SourceKind kind() {
    return kind;
  }

  public String title() {
    return title;
  }

  public String outlet() {
    return outlet;
  }

  public String author() {
    return author;
  }

  public TimeSpan published() {
    return published;
  }

  public String publishedNote() {
    return publishedNote;
  }

  public String url() {
    return url;
  }

  public String language() {
    return language;
  }

  public LocalDate retrieved() {
    return retrieved;
  }

  public String file() {
    return file;
  }

  public long version() {
    return version;
  }
}
