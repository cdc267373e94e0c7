package org.silkway.reports.brief;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Map;
import org.silkway.reports.template.BriefTemplate;
import org.silkway.reports.template.CompiledTemplates;
import org.silkway.reports.template.PdfRenderer;

/** Turns a {@link CountryBrief} into a PDF. */
@ApplicationScoped
public class CountryBriefRenderer {

  private final CompiledTemplates templates;

  @Inject
  public CountryBriefRenderer(CompiledTemplates templates) {
    this.templates = templates;
  }

  /** CDI needs a no-argument constructor for the client proxy. */
  protected CountryBriefRenderer() {
    this(null);
  }

  public byte[] render(CountryBrief brief) {
    return PdfRenderer.render(
        templates.get(BriefTemplate.COUNTRY),
        Map.of(
            "countryName", brief.countryName(),
            "countryCode", brief.countryCode(),
            "otherNames", String.join(" · ", brief.otherNames()),
            "generatedAt", generatedAt(brief)),
        brief.language(),
        "Silkway: " + brief.countryName());
  }

  /** The generation time in the reader's conventions, always in UTC so that copies compare. */
  static String generatedAt(CountryBrief brief) {
    return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
            .withLocale(brief.language().locale())
            .withZone(ZoneOffset.UTC)
            .format(brief.generatedAt())
        + " UTC";
  }
}
