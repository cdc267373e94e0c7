package org.silkway.core.publication;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import org.silkway.core.history.RegisterRevision;

/**
 * One publishing act: its number in the published revision's sequence, the audit revision of the
 * transaction that made it (where the published register can be read back), when and what.
 */
@Entity
@Table(name = "publication")
@NamedQuery(name = Publication.LATEST, query = "select p from Publication p order by p.number desc")
@NamedQuery(name = Publication.FIRST, query = "select p from Publication p order by p.number")
@NamedQuery(
    name = Publication.AT_OR_BEFORE,
    query = "select p from Publication p where p.publishedAt <= :moment order by p.number desc")
@NamedQuery(
    name = Publication.BETWEEN,
    query =
        "select p from Publication p where p.publishedAt >= :from and p.publishedAt < :to"
            + " order by p.number")
@NamedQuery(
    name = Publication.BY_NUMBER,
    query = "select p from Publication p where p.number = :number")
public class Publication {

  static final String LATEST = "Publication.latest";
  static final String FIRST = "Publication.first";
  static final String AT_OR_BEFORE = "Publication.atOrBefore";
  static final String BY_NUMBER = "Publication.byNumber";
  static final String BETWEEN = "Publication.between";
  private static final int WHAT = 300;

  @Id
  @Column(name = "pub_number")
  private long number;

  @Column(name = "audit_revision", nullable = false)
  private long auditRevision;

  /** Milliseconds since the epoch, like the audit revision's own time. */
  @Column(name = "published_at", nullable = false)
  private long publishedAt;

  @Column(name = "what", nullable = false, length = WHAT)
  private String what;

  protected Publication() {}

  Publication(long number, long auditRevision, Instant at, String what) {
    this.number = number;
    this.auditRevision = auditRevision;
    this.publishedAt = at.toEpochMilli();
    this.what = what.length() > WHAT ? what.substring(0, WHAT) : what;
  }

  public long number() {
    return number;
  }

  /** The audit revision at which the published register of this publication is read back. */
  public long auditRevision() {
    return auditRevision;
  }

  public Instant publishedAt() {
    return Instant.ofEpochMilli(publishedAt);
  }

  /** "approved project/cku-railway", "imported a register"... */
  public String what() {
    return what;
  }

  /** As the register's revision that briefs and editions are keyed on. */
  public RegisterRevision revision() {
    return new RegisterRevision(number, publishedAt());
  }
}
