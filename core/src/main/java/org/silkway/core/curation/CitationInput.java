package org.silkway.core.curation;

/**
 * A citation as an editor gives it: an existing source's key, or a new source made in place, and
 * the excerpt the claim rests on.
 */
public record CitationInput(String sourceKey, NewSource newSource, String excerpt)
    implements java.io.Serializable {

  public static CitationInput of(String sourceKey, String excerpt) {
    return new CitationInput(sourceKey, null, excerpt);
  }
}
