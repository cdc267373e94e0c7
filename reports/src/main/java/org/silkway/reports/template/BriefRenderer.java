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
import net.sf.jasperreports.engine.export.ooxml.JRDocxExporter;
import net.sf.jasperreports.engine.fill.JRAbstractLRUVirtualizer;
import net.sf.jasperreports.export.SimpleDocxExporterConfiguration;
import net.sf.jasperreports.export.SimpleDocxReportConfiguration;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.pdf.SimplePdfExporterConfiguration;
import org.silkway.core.i18n.Language;
import org.silkway.reports.brief.model.Brief;
import org.silkway.reports.brief.model.PageLabels;

/**
 * Prints a {@link Brief} as the PDF a ministry files: A4, masthead, "at a glance" box, sections
 * (each a bookmark), numbered sources that every citation links to, and a footer with page, date
 * and edition on every page; or, from the same filled template, as a Word document (DOCX) with the
 * same pages, tables and links, for staff who paste from it. The same brief in the same format
 * always gives the same bytes. Safe to call from several threads: the template is compiled once,
 * everything else is per call.
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

  /** The brief as PDF. */
  public byte[] render(Brief brief) {
    return render(brief, BriefFormat.PDF);
  }

  /** The brief in {@code format}: one fill of the template, then that format's exporter. */
  public byte[] render(Brief brief, BriefFormat format) {
    List<BriefLine> lines = BriefLines.of(brief);
    JRAbstractLRUVirtualizer virtualizer = settings.virtualizerFor(lines.size());
    try {
      JasperPrint print = fill(brief, format, lines, virtualizer);
      return switch (format) {
        case PDF -> exportPdf(print, brief, settings.tagged());
        case DOCX -> exportDocx(print, brief);
      };
    } catch (JRException e) {
      throw new IllegalStateException("Could not render brief " + brief.editionId(), e);
    } finally {
      if (virtualizer != null) {
        virtualizer.cleanup();
      }
    }
  }

  /**
   * The brief laid out in pages as {@code format} prints it, before any export: for checks of the
   * layout (where a table's header falls), in memory, so only for briefs of a few pages.
   */
  public JasperPrint layout(Brief brief, BriefFormat format) {
    try {
      return fill(brief, format, BriefLines.of(brief), null);
    } catch (JRException e) {
      throw new IllegalStateException("Could not lay out brief " + brief.editionId(), e);
    }
  }

  private JasperPrint fill(
      Brief brief, BriefFormat format, List<BriefLine> lines, JRAbstractLRUVirtualizer virtualizer)
      throws JRException {
    Map<String, Object> parameters = parameters(brief);
    // A Word document flows and Word makes its own pages: the template prints a table's header
    // once (and the DOCX exporter leaves out the page header and footer). Filled in pages all the
    // same, so that a long brief is swapped page by page as for the PDF: unpaginated, one page of
    // 10,000 projects ran out of a 512 MB heap.
    parameters.put("flowing", format == BriefFormat.DOCX);
    if (virtualizer != null) {
      parameters.put(JRParameter.REPORT_VIRTUALIZER, virtualizer);
    }
    JasperPrint print =
        JasperFillManager.fillReport(
            templates.get(BriefTemplate.BRIEF), parameters, new BriefLineSource(lines));
    if (virtualizer != null) {
      virtualizer.setReadOnly(true);
    }
    return print;
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

  private static byte[] exportPdf(JasperPrint print, Brief brief, boolean tagged)
      throws JRException {
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
   * The DOCX: the filled pages as fixed-layout tables in one flow (so the figures, tables and
   * source columns stand where they stand in the PDF), the headings in the template's "Heading"
   * paragraph style, citations linked to bookmarks on the sources and sources' addresses linked to
   * the web. Rows may grow: Word and LibreOffice measure text with their own fonts, and an exact
   * row height would cut the last line where their font runs wider than ours.
   */
  private static byte[] exportDocx(JasperPrint print, Brief brief) throws JRException {
    JRDocxExporter exporter = new JRDocxExporter();
    exporter.setExporterInput(new SimpleExporterInput(print));
    ByteArrayOutputStream docx = new ByteArrayOutputStream();
    exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(docx));
    SimpleDocxReportConfiguration report = new SimpleDocxReportConfiguration();
    report.setFlexibleRowHeight(true);
    exporter.setConfiguration(report);
    SimpleDocxExporterConfiguration configuration = new SimpleDocxExporterConfiguration();
    configuration.setMetadataTitle(brief.pageLabels().documentTitle());
    configuration.setMetadataAuthor("Silkway");
    configuration.setMetadataApplication("Silkway");
    exporter.setConfiguration(configuration);
    exporter.exportReport();
    return ReproducibleDocx.of(docx.toByteArray());
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
