package org.silkway.core.entry;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import org.silkway.core.persistence.ColumnLimits;

/**
 * Who last changed an entry, when and what; who submitted it for review, who sent it back and why,
 * and who approved it. Immutable: each step returns the next record. Envers keeps the full history;
 * this is what queues and the second of two editors need at a glance.
 */
@Embeddable
public class EditRecord {

  @Column(name = "last_changed_by", length = ColumnLimits.USER_NAME)
  private String lastChangedBy;

  @Column(name = "last_changed_at")
  private Instant lastChangedAt;

  @Column(name = "last_change", length = ColumnLimits.CHANGE_SUMMARY)
  private String lastChange;

  @Column(name = "submitted_by", length = ColumnLimits.USER_NAME)
  private String submittedBy;

  @Column(name = "submitted_at")
  private Instant submittedAt;

  @Column(name = "review_comment", length = ColumnLimits.REVIEW_COMMENT)
  private String reviewComment;

  @Column(name = "reviewed_by", length = ColumnLimits.USER_NAME)
  private String reviewedBy;

  @Column(name = "approved_by", length = ColumnLimits.USER_NAME)
  private String approvedBy;

  @Column(name = "approved_at")
  private Instant approvedAt;

  public EditRecord() {}

  private EditRecord copy() {
    EditRecord next = new EditRecord();
    next.lastChangedBy = lastChangedBy;
    next.lastChangedAt = lastChangedAt;
    next.lastChange = lastChange;
    next.submittedBy = submittedBy;
    next.submittedAt = submittedAt;
    next.reviewComment = reviewComment;
    next.reviewedBy = reviewedBy;
    next.approvedBy = approvedBy;
    next.approvedAt = approvedAt;
    return next;
  }

  EditRecord changed(String editor, Instant at, String what) {
    EditRecord next = copy();
    next.lastChangedBy = editor;
    next.lastChangedAt = at;
    next.lastChange =
        what.length() > ColumnLimits.CHANGE_SUMMARY
            ? what.substring(0, ColumnLimits.CHANGE_SUMMARY - 1) + "…"
            : what;
    return next;
  }

  EditRecord submitted(String editor, Instant at) {
    EditRecord next = copy();
    next.submittedBy = editor;
    next.submittedAt = at;
    return next;
  }

  EditRecord sentBack(String reviewer, Instant at, String comment) {
    EditRecord next = copy();
    next.reviewedBy = reviewer;
    next.reviewComment = comment;
    next.lastChangedAt = at;
    return next;
  }

  EditRecord approved(String reviewer, Instant at) {
    EditRecord next = copy();
    next.reviewedBy = reviewer;
    next.reviewComment = null;
    next.approvedBy = reviewer;
    next.approvedAt = at;
    next.submittedBy = null;
    next.submittedAt = null;
    return next;
  }

  public String lastChangedBy() {
    return lastChangedBy;
  }

  public Instant lastChangedAt() {
    return lastChangedAt;
  }

  /** "added a claim: cost", in the words of the service that made the change. */
  public String lastChange() {
    return lastChange;
  }

  public String submittedBy() {
    return submittedBy;
  }

  public Instant submittedAt() {
    return submittedAt;
  }

  /** The reviewer's comment when they sent the entry back; null once approved. */
  public String reviewComment() {
    return reviewComment;
  }

  public String reviewedBy() {
    return reviewedBy;
  }

  public String approvedBy() {
    return approvedBy;
  }

  public Instant approvedAt() {
    return approvedAt;
  }
}
