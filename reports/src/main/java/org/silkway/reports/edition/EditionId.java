package org.silkway.reports.edition;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import org.silkway.core.i18n.Language;
import org.silkway.reports.brief.model.BriefSubject;
import org.silkway.reports.template.BriefFormat;

/**
 * The id of one edition of a brief: ten lower-case letters and digits, the same for the same
 * subject, language, register revision, template version, requested day and format, different as
 * soon as any of them changes. Short enough to print in a footer and to read out on the phone.
 *
 * <p>A PDF's identity is worded as before there were other formats, so the PDF editions keep their
 * ids (and their immutable addresses); any other format adds its name, so a DOCX never shares an
 * id, a cache entry or an ETag with the PDF of the same brief.
 */
public final class EditionId {

  private static final char[] ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789".toCharArray();
  private static final int LENGTH = 10;

  private EditionId() {}

  /**
   * @param asOfDay the day a reader asked for, or null for the current register
   */
  public static String of(
      BriefSubject subject,
      Language language,
      long revision,
      String templateVersion,
      LocalDate asOfDay,
      BriefFormat format) {
    String identity =
        String.join(
            "|",
            subject.kind().name(),
            subject.id(),
            language.tag(),
            Long.toString(revision),
            templateVersion,
            asOfDay == null ? "current" : asOfDay.toString());
    return idOf(identity, format);
  }

  /**
   * The id of one edition of what changed in a subject between two days: fixed by the revisions
   * compared and the days printed.
   *
   * @param fromRevision the revision readers saw before {@code since}; 0 before the history starts
   */
  public static String ofChanges(
      BriefSubject subject,
      Language language,
      long fromRevision,
      long toRevision,
      String templateVersion,
      LocalDate since,
      LocalDate until,
      BriefFormat format) {
    return idOf(
        String.join(
            "|",
            "CHANGES",
            subject.kind().name(),
            subject.id(),
            language.tag(),
            Long.toString(fromRevision),
            Long.toString(toRevision),
            templateVersion,
            since.toString(),
            until.toString()),
        format);
  }

  private static String idOf(String identity, BriefFormat format) {
    byte[] digest = sha256(format == BriefFormat.PDF ? identity : identity + "|" + format.name());
    StringBuilder id = new StringBuilder(LENGTH);
    for (int i = 0; i < LENGTH; i++) {
      id.append(ALPHABET[(digest[i] & 0xff) % ALPHABET.length]);
    }
    return id.toString();
  }

  private static byte[] sha256(String text) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java has SHA-256", e);
    }
  }
}
