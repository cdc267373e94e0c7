package org.silkway.core.document;

/** What sort of document. */
public enum DocumentType {
  DECLARATION,
  TREATY,
  AGREEMENT,
  MEMORANDUM,
  STATEMENT,
  OTHER
}
