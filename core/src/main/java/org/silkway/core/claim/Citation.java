package org.silkway.core.claim;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Objects;
import org.hibernate.envers.Audited;
import org.silkway.core.persistence.ColumnLimits;
import org.silkway.core.source.Source;
import org.silkway.core.text.InvalidFieldException;
import org.silkway.core.text.Text;

/** Ties a claim to a source, with the verbatim excerpt the claim rests on. */
@Entity
@Audited
@Table(name = "citation")
public class Citation {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "claim_id", nullable = false)
  private Claim claim;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "source_id", nullable = false)
  private Source source;

  @Column(name = "excerpt", nullable = false, length = ColumnLimits.CITATION_EXCERPT)
  private String excerpt;

  @Column(name = "sort_order", nullable = false)
  private int sortOrder;

  protected Citation() {}

  Citation(Claim claim, Source source, String excerpt, int sortOrder) {
    this.claim = claim;
    this.source = Objects.requireNonNull(source, "source");
    if (excerpt == null || excerpt.isBlank()) {
      throw new InvalidFieldException("excerpt", "A citation needs the excerpt the claim rests on");
    }
    // Verbatim, so not stripped: the excerpt is a substring of the source as written.
    this.excerpt = Text.prose(excerpt, ColumnLimits.CITATION_EXCERPT, "excerpt");
    this.sortOrder = sortOrder;
  }

  public Claim claim() {
    return claim;
  }

  public Source source() {
    return source;
  }

  public String excerpt() {
    return excerpt;
  }

  /** Its place among the claim's citations: the order an editor gave them. */
  public int sortOrder() {
    return sortOrder;
  }
}
