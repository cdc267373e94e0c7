package org.silkway.core.curation;

import org.silkway.core.source.SourceKind;

/** The least a source needs when an editor creates it while citing: the source form does more. */
public record NewSource(String title, SourceKind kind, String language, String outlet, String url)
    implements java.io.Serializable {}
