package org.silkway.reports.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.sf.jasperreports.engine.JasperReport;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class EveryTemplateCompilesTest {

  private static final Path RESOURCES = Path.of("src/main/resources");

  static List<String> jrxmlOnDisk() throws IOException {
    try (Stream<Path> files = Files.walk(RESOURCES)) {
      return files
          .filter(f -> f.toString().endsWith(".jrxml"))
          .map(f -> RESOURCES.relativize(f).toString().replace('\\', '/'))
          .sorted()
          .toList();
    }
  }

  @TestFactory
  Stream<DynamicTest> every_jrxml_in_the_module_compiles() throws IOException {
    return jrxmlOnDisk().stream()
        .map(
            resource ->
                DynamicTest.dynamicTest(
                    resource, () -> assertNotNull(TemplateCompiler.compile(resource))));
  }

  @Test
  void every_jrxml_is_registered_as_a_brief_template_so_the_build_compiles_it() throws IOException {
    Set<String> registered =
        Arrays.stream(BriefTemplate.values())
            .map(BriefTemplate::resource)
            .collect(Collectors.toSet());
    assertEquals(Set.copyOf(jrxmlOnDisk()), registered);
  }

  @Test
  void every_template_the_build_compiled_loads_and_matches_its_jrxml() {
    for (BriefTemplate template : BriefTemplate.values()) {
      JasperReport built = TemplateCompiler.load(template.compiledResource());
      JasperReport fresh = TemplateCompiler.compile(template.resource());
      assertEquals(fresh.getName(), built.getName());
      assertEquals(fresh.getPageWidth(), built.getPageWidth());
      assertEquals(
          Arrays.stream(fresh.getParameters()).map(p -> p.getName()).toList(),
          Arrays.stream(built.getParameters()).map(p -> p.getName()).toList(),
          "the compiled template is older than its jrxml: build the reports module");
    }
  }
}
