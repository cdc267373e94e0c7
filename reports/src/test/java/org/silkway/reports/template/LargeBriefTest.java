package org.silkway.reports.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A brief with the whole register in it renders in a 512 MB heap, as PDF and as DOCX, and leaves no
 * swap file behind. Runs {@link LargeBriefRender} in its own JVM so that the heap limit is real.
 * The brief has more lines than the renderer keeps in memory ({@link RenderSettings#CHOSEN}), so
 * its pages are swapped.
 */
class LargeBriefTest {

  @Test
  void a_brief_of_10000_projects_and_2000_sources_renders_in_512_mb_and_cleans_up_its_swap_file(
      @TempDir Path tmp) throws IOException, InterruptedException {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process process =
        new ProcessBuilder(
                List.of(
                    java.toString(),
                    "-Xmx512m",
                    "-Djava.io.tmpdir=" + tmp,
                    "-cp",
                    System.getProperty("java.class.path"),
                    LargeBriefRender.class.getName(),
                    "10000",
                    "2000"))
            .redirectErrorStream(true)
            .start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(5, TimeUnit.MINUTES), "still rendering after 5 minutes");

    assertEquals(0, process.exitValue(), output);
    String summary =
        output.lines().filter(l -> l.startsWith("large brief:")).findFirst().orElse(output);
    System.out.println(summary);
    assertTrue(summary.contains("10000 project rows, 2000 sources"), summary);
    assertTrue(output.contains("large brief as DOCX:"), output);
    assertTrue(
        BriefLines.of(BriefSamples.large(10_000, 2_000)).size()
            > RenderSettings.CHOSEN.pageAboveLines(),
        "the brief is long enough to be swapped");
    try (Stream<Path> left = Files.list(tmp)) {
      assertEquals(List.of(), left.toList(), "files left in the temporary directory");
    }
  }
}
