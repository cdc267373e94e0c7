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
  void every_jrxml_is_registered_as_a_brief_template_so_it_is_compiled_at_start_up()
      throws IOException {
    Set<String> registered =
        Arrays.stream(BriefTemplate.values())
            .map(BriefTemplate::resource)
            .collect(Collectors.toSet());
    assertEquals(Set.copyOf(jrxmlOnDisk()), registered);
  }
}
