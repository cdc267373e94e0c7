package org.silkway.reports.template;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.fill.JRAbstractLRUVirtualizer;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.pdf.SimplePdfExporterConfiguration;
import org.silkway.core.i18n.Language;
import org.silkway.reports.brief.model.Brief;
import org.silkway.reports.brief.model.PageLabels;

/**
 * Prints a {@link Brief} as the PDF a ministry files: A4, masthead, "at a glance" box, sections
 * (each a bookmark), numbered sources that every citation links to, and a footer with page, date
 * and edition on every page. The same brief always gives the same bytes. Safe to call from several
 * threads: the template is compiled once, everything else is per call.
 */
@ApplicationScoped
public class BriefRenderer {

  private final CompiledTemplates templates;
  private final RenderSettings settings;

  @Inject
  public BriefRenderer(CompiledTemplates templates) {
    this(templates, RenderSettings.CHOSEN);
  }

  /** A renderer with other settings than the chosen ones: for the benchmark that chose them. */
  BriefRenderer(CompiledTemplates templates, RenderSettings settings) {
    this.templates = templates;
    this.settings = settings;
  }

  /** CDI needs a no-argument constructor for the client proxy. */
  protected BriefRenderer() {
    this(null, RenderSettings.CHOSEN);
  }

  public byte[] render(Brief brief) {
    List<BriefLine> lines = BriefLines.of(brief);
    Map<String, Object> parameters = parameters(brief);
    JRAbstractLRUVirtualizer virtualizer = settings.virtualizerFor(lines.size());
    if (virtualizer != null) {
      parameters.put(JRParameter.REPORT_VIRTUALIZER, virtualizer);
    }
    try {
      JasperPrint print =
          JasperFillManager.fillReport(
              templates.get(BriefTemplate.BRIEF), parameters, new BriefLineSource(lines));
      if (virtualizer != null) {
        virtualizer.setReadOnly(true);
      }
      return export(print, brief, settings.tagged());
    } catch (JRException e) {
      throw new IllegalStateException("Could not render brief " + brief.editionId(), e);
    } finally {
      if (virtualizer != null) {
        virtualizer.cleanup();
      }
    }
  }

  private static Map<String, Object> parameters(Brief brief) {
    PageLabels labels = brief.pageLabels();
    Map<String, Object> parameters = new HashMap<>();
    parameters.put(JRParameter.REPORT_LOCALE, brief.language().locale());
    parameters.put("kindLabel", labels.kind());
    parameters.put("title", brief.title());
    parameters.put("role", brief.role());
    parameters.put("registerAsOf", labels.registerAsOf() + " " + brief.registerAsOf());
    parameters.put("edition", labels.edition() + " " + brief.editionId());
    parameters.put("languageName", labels.languageName());
    parameters.put("atAGlance", labels.atAGlance());
    parameters.put("sourcesHeading", labels.sources());
    parameters.put("pageOf", labels.pageOf());
    parameters.put("retrieved", labels.retrieved());
    parameters.put("openQuote", quotes(brief.language())[0]);
    parameters.put("closeQuote", quotes(brief.language())[1]);
    return parameters;
  }

  /** The quotation marks each language's press uses. */
  private static String[] quotes(Language language) {
    return switch (language) {
      case RU -> new String[] {"«", "»"};
      case EN, ZH -> new String[] {"“", "”"};
    };
  }

  private static byte[] export(JasperPrint print, Brief brief, boolean tagged) throws JRException {
    ReproduciblePdfExporter exporter = new ReproduciblePdfExporter(documentId(brief));
    exporter.setExporterInput(new SimpleExporterInput(print));
    ByteArrayOutputStream pdf = new ByteArrayOutputStream();
    exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(pdf));
    SimplePdfExporterConfiguration configuration = new SimplePdfExporterConfiguration();
    configuration.setMetadataTitle(brief.pageLabels().documentTitle());
    configuration.setDisplayMetadataTitle(true);
    configuration.setMetadataAuthor("Silkway");
    configuration.setMetadataCreator("Silkway");
    configuration.setTagged(tagged);
    configuration.setTagLanguage(brief.language().tag());
    configuration.setCompressed(true);
    exporter.setConfiguration(configuration);
    exporter.exportReport();
    return pdf.toByteArray();
  }

  /**
   * The PDF's {@code /ID}, from the edition id alone: an edition is fixed by its subject, language,
   * revision, template and day, so its id already names what the brief says, and a brief of
   * thousands of pages is not hashed whole (its text alone runs to megabytes) to say it again.
   */
  static byte[] documentId(Brief brief) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      byte[] hash = digest.digest(brief.editionId().getBytes(StandardCharsets.UTF_8));
      return Arrays.copyOf(hash, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java has SHA-256", e);
    }
  }
}
