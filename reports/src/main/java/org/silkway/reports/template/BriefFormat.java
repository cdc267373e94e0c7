package org.silkway.reports.template;

import java.util.Locale;
import java.util.Optional;

/**
 * The files one edition of a brief is printed as, from the same filled template: a PDF to file and
 * a Word document to paste from. Each format is its own edition (its own id, cache entry, ETag and
 * address), since its bytes differ.
 */
public enum BriefFormat {
  PDF(BriefFormat.PDF_MEDIA_TYPE),
  DOCX(BriefFormat.DOCX_MEDIA_TYPE);

  /** Constants, so that a JAX-RS {@code @Produces} can name them. */
  public static final String PDF_MEDIA_TYPE = "application/pdf";

  public static final String DOCX_MEDIA_TYPE =
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

  private final String mediaType;

  BriefFormat(String mediaType) {
    this.mediaType = mediaType;
  }

  /** {@code pdf}, {@code docx}: what a file name and an address end with, after the dot. */
  public String extension() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The {@code Content-Type} a download of this format is sent with. */
  public String mediaType() {
    return mediaType;
  }

  /** The format a file name extension names ({@code pdf}, {@code docx}); empty for any other. */
  public static Optional<BriefFormat> ofExtension(String extension) {
    for (BriefFormat format : values()) {
      if (format.extension().equals(extension)) {
        return Optional.of(format);
      }
    }
    return Optional.empty();
  }
}
