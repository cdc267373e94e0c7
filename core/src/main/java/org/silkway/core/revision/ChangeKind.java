package org.silkway.core.revision;

/** What happened to an entry or one of its claims between two revisions. */
public enum ChangeKind {
  /** A name in one language changed. */
  NAME,
  /** The entry's status changed (draft, in review, published, archived). */
  STATUS,
  /** One of the type's attributes changed. */
  ATTRIBUTE,
  /** A claim appeared. */
  ADDED,
  /** A claim was retracted or left the entry. */
  REMOVED,
  /** A claim's value changed, or a correction proposes another value for it. */
  CHANGED,
  /** A draft claim was approved and published. */
  PUBLISHED,
  /** Which claim is preferred among those that disagree moved. */
  PREFERENCE,
  /** A claim's citations changed. */
  CITATIONS,
  /** A retraction of a published claim was proposed or withdrawn. */
  RETRACTION
}
