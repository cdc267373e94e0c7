package org.silkway.reports.template;

import java.io.ByteArrayOutputStream;
import java.util.HashMap;
import java.util.Map;
import net.sf.jasperreports.engine.JREmptyDataSource;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.SimplePdfExporterConfiguration;
import org.silkway.core.i18n.Language;

/** Fills a compiled template with parameters and exports it as PDF bytes. */
public final class PdfRenderer {

  private PdfRenderer() {}

  /**
   * Renders a one-record report (all data in parameters).
   *
   * @param title the PDF's document title, shown by viewers and screen readers
   */
  public static byte[] render(
      JasperReport report, Map<String, Object> parameters, Language language, String title) {
    Map<String, Object> fill = new HashMap<>(parameters);
    fill.put(JRParameter.REPORT_LOCALE, language.locale());
    try {
      JasperPrint print = JasperFillManager.fillReport(report, fill, new JREmptyDataSource(1));
      JRPdfExporter exporter = new JRPdfExporter();
      exporter.setExporterInput(new SimpleExporterInput(print));
      ByteArrayOutputStream pdf = new ByteArrayOutputStream();
      exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(pdf));
      SimplePdfExporterConfiguration configuration = new SimplePdfExporterConfiguration();
      configuration.setMetadataTitle(title);
      configuration.setMetadataAuthor("Silkway");
      configuration.setMetadataCreator("Silkway");
      configuration.setDisplayMetadataTitle(true);
      exporter.setConfiguration(configuration);
      exporter.exportReport();
      return pdf.toByteArray();
    } catch (JRException e) {
      throw new IllegalStateException("Could not render " + report.getName(), e);
    }
  }
}
