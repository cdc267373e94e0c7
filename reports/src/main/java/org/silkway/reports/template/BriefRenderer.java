package org.silkway.reports.template;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import org.silkway.reports.brief.model.Brief;

/** Prints a brief: for now its masthead only, through the first country template. */
@ApplicationScoped
public class BriefRenderer {

  private CompiledTemplates templates;

  protected BriefRenderer() {}

  @Inject
  public BriefRenderer(CompiledTemplates templates) {
    this.templates = templates;
  }

  public byte[] render(Brief brief) {
    return PdfRenderer.render(
        templates.get(BriefTemplate.COUNTRY),
        Map.of(
            "countryName", brief.title(),
            "countryCode", brief.subject().id(),
            "otherNames", brief.role(),
            "generatedAt", brief.registerAsOf()),
        brief.language(),
        brief.pageLabels().documentTitle());
  }
}
