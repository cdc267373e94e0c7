package org.silkway.reports.template;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.JasperReport;

/** Compiles a {@code .jrxml} from the class path. */
public final class TemplateCompiler {

  private TemplateCompiler() {}

  public static JasperReport compile(String resource) {
    try (InputStream jrxml =
        TemplateCompiler.class.getClassLoader().getResourceAsStream(resource)) {
      if (jrxml == null) {
        throw new IllegalStateException("No template on the class path at " + resource);
      }
      return JasperCompileManager.compileReport(jrxml);
    } catch (JRException e) {
      throw new IllegalStateException("Template " + resource + " does not compile", e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
