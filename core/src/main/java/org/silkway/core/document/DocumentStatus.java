package org.silkway.core.document;

/**
 * Where a document stands, as the codes of its {@code status} claims: sources speak of a
 * declaration "to be signed at the summit" before it is signed, and of a treaty once it is in
 * force.
 */
public enum DocumentStatus {
  ANTICIPATED,
  SIGNED,
  IN_FORCE
}
