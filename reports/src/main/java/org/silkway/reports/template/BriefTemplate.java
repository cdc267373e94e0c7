package org.silkway.reports.template;

/** Every template Silkway ships, by the resource path of its {@code .jrxml}. */
public enum BriefTemplate {
  /** Country, sector and framework briefs from the {@code brief.model} read model. */
  BRIEF("org/silkway/reports/templates/brief/brief.jrxml");

  private final String resource;

  BriefTemplate(String resource) {
    this.resource = resource;
  }

  public String resource() {
    return resource;
  }

  /** Where the build puts the compiled template ({@link TemplateCompiler#main}). */
  public String compiledResource() {
    return resource.substring(0, resource.length() - ".jrxml".length()) + ".jasper";
  }
}
