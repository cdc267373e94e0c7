package org.silkway.core.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.silkway.core.entry.EntryType;
import org.silkway.core.project.ProjectStage;

class PropertySchemaTest {

  /** A row of the schema table in the register format's documentation. */
  private static final Pattern ROW =
      Pattern.compile("^\\| (`[^|]+`) \\|[^|]+\\|[^|]+\\| (yes|no) \\|$");

  @Test
  void a_project_has_a_cost_and_a_stage_but_no_observation() {
    var names =
        PropertySchema.forType(EntryType.PROJECT).stream().map(PropertyDefinition::name).toList();
    assertTrue(
        names.containsAll(java.util.List.of("cost", "stage", "description")), names.toString());
    assertFalse(names.contains("observation"), names.toString());
  }

  @Test
  void a_stage_takes_the_project_stages_in_their_order() {
    assertEquals(
        java.util.Arrays.stream(ProjectStage.values()).map(Enum::name).toList(),
        PropertySchema.definition("stage").orElseThrow().codes());
  }

  @Test
  void an_unknown_property_has_no_definition() {
    assertTrue(PropertySchema.definition("population").isEmpty());
    assertTrue(PropertySchema.definition(null).isEmpty());
  }

  @Test
  void every_property_describes_some_type_and_an_amount_has_units() {
    for (PropertyDefinition d : PropertySchema.all()) {
      assertFalse(d.appliesTo().isEmpty(), d.name());
      assertEquals(d.valueKinds().contains(ValueKind.AMOUNT), !d.units().isEmpty(), d.name());
      assertEquals(d.valueKinds().contains(ValueKind.CODE), !d.codes().isEmpty(), d.name());
    }
  }

  @Test
  void the_register_format_lists_every_property_with_whether_it_is_single_valued()
      throws IOException {
    Map<String, Boolean> documented = new TreeMap<>();
    for (String line : Files.readAllLines(Path.of("../docs/register-format.md"))) {
      Matcher row = ROW.matcher(line);
      if (row.matches()) {
        for (String name : row.group(1).split(",")) {
          documented.put(name.strip().replace("`", ""), row.group(2).equals("yes"));
        }
      }
    }
    Map<String, Boolean> schema =
        PropertySchema.all().stream()
            .collect(
                Collectors.toMap(
                    PropertyDefinition::name,
                    PropertyDefinition::singleValued,
                    (a, b) -> a,
                    TreeMap::new));
    assertEquals(schema, documented);
  }
}
