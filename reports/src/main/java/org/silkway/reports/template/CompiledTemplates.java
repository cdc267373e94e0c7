package org.silkway.reports.template;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.EnumMap;
import java.util.Map;
import java.util.logging.Logger;
import net.sf.jasperreports.engine.JasperReport;

/**
 * Holds every template for the life of the application, as the build compiled it: start-up loads
 * them instead of compiling (about 3 s a template). A compiled {@link JasperReport} is safe to fill
 * from several threads at once.
 */
@ApplicationScoped
public class CompiledTemplates {

  private static final Logger LOG = Logger.getLogger(CompiledTemplates.class.getName());

  private final Map<BriefTemplate, JasperReport> compiled = new EnumMap<>(BriefTemplate.class);

  /** Every template, loaded now, outside a container (tests, tools). */
  public static CompiledTemplates loadedNow() {
    CompiledTemplates templates = new CompiledTemplates();
    templates.loadAll();
    return templates;
  }

  @PostConstruct
  void loadAll() {
    long start = System.nanoTime();
    for (BriefTemplate template : BriefTemplate.values()) {
      compiled.put(template, TemplateCompiler.load(template.compiledResource()));
    }
    LOG.info(
        () ->
            "Loaded "
                + compiled.size()
                + " compiled brief template(s) in "
                + (System.nanoTime() - start) / 1_000_000
                + " ms");
  }

  public JasperReport get(BriefTemplate template) {
    return compiled.get(template);
  }
}
