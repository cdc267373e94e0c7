package org.silkway.core.translation;

import java.io.Serializable;
import java.util.List;
import org.silkway.core.entry.ChangeStatus;

/**
 * What the translation form shows beside the translation: the text as its source states it, where
 * it is cited from, and the translations given so far.
 *
 * @param version the entry's version the form opened, which the save starts from
 * @param originalLanguage the tag of the language the source wrote it in ({@code en})
 * @param citations each citation as "source title: excerpt", so the translator sees the context
 * @param published the reviewed translation readers see now, or null
 * @param proposed the translation waiting for review, or null
 */
public record TextOriginal(
    String entryKey,
    String entryName,
    long version,
    ChangeStatus changes,
    String claimKey,
    String property,
    String text,
    String asStated,
    String originalLanguage,
    List<String> citations,
    String published,
    String proposed)
    implements Serializable {}
