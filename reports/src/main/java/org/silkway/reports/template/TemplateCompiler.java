package org.silkway.reports.template;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.util.JRLoader;
import net.sf.jasperreports.engine.util.JRSaver;

/**
 * Compiles a {@code .jrxml} from the class path. The build runs {@link #main} to compile every
 * template once into a {@code .jasper} beside it (no Maven plugin compiles JasperReports 7
 * templates), so that start-up only loads them.
 */
public final class TemplateCompiler {

  private TemplateCompiler() {}

  /**
   * Writes the compiled form of every template under {@code args[0]} (the build's classes
   * directory), at the template's resource path with {@code .jasper} for {@code .jrxml}.
   */
  public static void main(String[] args) throws JRException, IOException {
    Path classes = Path.of(args[0]);
    for (BriefTemplate template : BriefTemplate.values()) {
      Path target = classes.resolve(template.compiledResource());
      Files.createDirectories(target.getParent());
      try (OutputStream out = Files.newOutputStream(target)) {
        JRSaver.saveObject(compile(template.resource()), out);
      }
    }
  }

  /** The template as the build compiled it. */
  public static JasperReport load(String compiledResource) {
    try (InputStream jasper =
        TemplateCompiler.class.getClassLoader().getResourceAsStream(compiledResource)) {
      if (jasper == null) {
        throw new IllegalStateException(
            "No compiled template at " + compiledResource + ": build the reports module");
      }
      return (JasperReport) JRLoader.loadObject(jasper);
    } catch (JRException e) {
      throw new IllegalStateException("Template " + compiledResource + " does not load", e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

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
