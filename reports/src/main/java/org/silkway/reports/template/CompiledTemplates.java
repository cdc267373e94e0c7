package org.silkway.reports.template;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.EnumMap;
import java.util.Map;
import java.util.logging.Logger;
import net.sf.jasperreports.engine.JasperReport;

/**
 * Holds every template compiled once for the life of the application. A compiled {@link
 * JasperReport} is safe to fill from several threads at once.
 */
@ApplicationScoped
public class CompiledTemplates {

  private static final Logger LOG = Logger.getLogger(CompiledTemplates.class.getName());

  private final Map<BriefTemplate, JasperReport> compiled = new EnumMap<>(BriefTemplate.class);

  /** Compiles every template now, outside a container (tests, tools). */
  public static CompiledTemplates compiledNow() {
    CompiledTemplates templates = new CompiledTemplates();
    templates.compileAll();
    return templates;
  }

  @PostConstruct
  void compileAll() {
    long start = System.nanoTime();
    for (BriefTemplate template : BriefTemplate.values()) {
      compiled.put(template, TemplateCompiler.compile(template.resource()));
    }
    LOG.info(
        () ->
            "Compiled "
                + compiled.size()
                + " brief template(s) in "
                + (System.nanoTime() - start) / 1_000_000
                + " ms");
  }

  public JasperReport get(BriefTemplate template) {
    return compiled.get(template);
  }
}
