package org.silkway.core.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.envers.RevisionEntity;
import org.hibernate.envers.RevisionNumber;
import org.hibernate.envers.RevisionTimestamp;

/** One committed change set: when, and by which editor. */
@Entity
@Table(name = "revision")
@RevisionEntity(EditorStampingListener.class)
public class Revision {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  @RevisionNumber
  @Column(name = "id")
  private Long id;

  @RevisionTimestamp
  @Column(name = "revised_at", nullable = false)
  private long timestamp;

  @Column(name = "editor", nullable = false, length = 100)
  private String editor;

  public Long id() {
    return id;
  }

  public Instant revisedAt() {
    return Instant.ofEpochMilli(timestamp);
  }

  public String editor() {
    return editor;
  }

  void stamp(String editor) {
    this.editor = editor;
  }
}
