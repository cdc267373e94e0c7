package org.silkway.core.audit;

import org.hibernate.envers.RevisionListener;

/** Stamps each new revision with the editor acting on this thread. Envers creates it, not CDI. */
public class EditorStampingListener implements RevisionListener {

  @Override
  public void newRevision(Object revision) {
    ((Revision) revision).stamp(Editor.current());
  }
}
